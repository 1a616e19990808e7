package dk.samspil.domain.intake;

import dk.samspil.domain.shared.OutcomeKey;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.UnitKey;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One citizen outcome measurement as read from outcomes.csv. */
public record OutcomeDraft(UnitKey unit, RespondentId citizen, LocalDate measuredOn, OutcomeKey outcome, BigDecimal value, int line) {
}
