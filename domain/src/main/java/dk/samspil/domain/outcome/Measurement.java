package dk.samspil.domain.outcome;

import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.UnitKey;

import java.math.BigDecimal;

/**
 * What a measurement says about the citizen, in clear; events carry it sealed under the citizen's key.
 *
 * @param value exactly as the bundle wrote it (a decimal, so 9.68 stays 9.68)
 */
public record Measurement(RespondentId citizen, UnitKey unit, BigDecimal value) {
}
