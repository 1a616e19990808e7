package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

import java.time.LocalDate;

/** A unit closed. */
public record UnitClosed(StudyId study, UnitKey unit, LocalDate effectiveOn, String note) {
}
