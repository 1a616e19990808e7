package dk.samspil.domain.intake;

import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.WaveKey;

import java.time.LocalDate;

/**
 * One background attribute value as read from respondent_attributes.csv (with its wave) or
 * citizen_attributes.csv (with the date it holds from).
 */
public record AttributeDraft(String file, int line, RespondentId person, AttributeKey attribute, String value, WaveKey wave,
                             LocalDate validFrom) {
}
