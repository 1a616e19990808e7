package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

import java.time.LocalDate;

/** Notable staff turnover in a unit. */
public record StaffTurnoverRecorded(StudyId study, UnitKey unit, LocalDate effectiveOn, String note) {
}
