package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

import java.time.LocalDate;

/** A unit got a new leader; the note says what changed, never who. */
public record LeaderChanged(StudyId study, UnitKey unit, LocalDate effectiveOn, String note) {
}
