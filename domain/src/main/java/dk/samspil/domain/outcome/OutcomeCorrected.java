package dk.samspil.domain.outcome;

import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.OutcomeKey;

import java.time.LocalDate;

/** A recorded outcome measurement (same outcome, same date) was replaced; the earlier value stays in history. */
public record OutcomeCorrected(OutcomeSeriesId series, OutcomeKey outcome, LocalDate measuredOn, String fingerprint, Sealed measurement) {
}
