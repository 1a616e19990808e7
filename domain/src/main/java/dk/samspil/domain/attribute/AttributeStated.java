package dk.samspil.domain.attribute;

import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.WaveKey;

import java.time.LocalDate;

/**
 * A person's value of a background attribute was stated (in a wave, or from a date).
 *
 * @param fingerprint keyed digest of the statement, to recognise an identical re-import
 * @param value       the {@link AttributeValue}, sealed under the person's key
 */
public record AttributeStated(AttributeSeriesId series, AttributeKey attribute, WaveKey wave, LocalDate validFrom, String fingerprint,
                              Sealed value) {
}
