package dk.samspil.domain.outcome;

import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.OutcomeKey;

import java.time.LocalDate;

/**
 * A citizen outcome was measured.
 *
 * @param measuredOn  valid time
 * @param fingerprint keyed digest of the measurement, to recognise an identical re-import
 * @param measurement the {@link Measurement}, sealed under the citizen's key
 */
public record OutcomeMeasured(OutcomeSeriesId series, OutcomeKey outcome, LocalDate measuredOn, String fingerprint, Sealed measurement) {
}
