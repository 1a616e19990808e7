package dk.samspil.domain.attribute;

import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.WaveKey;

import java.time.LocalDate;

/** A stated attribute value (same attribute, same wave or date) was replaced; the earlier one stays in history. */
public record AttributeCorrected(AttributeSeriesId series, AttributeKey attribute, WaveKey wave, LocalDate validFrom, String fingerprint,
                                 Sealed value) {
}
