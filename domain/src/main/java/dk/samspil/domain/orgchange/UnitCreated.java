package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

import java.time.LocalDate;

/** A unit came into being on a date. */
public record UnitCreated(StudyId study, UnitKey unit, LocalDate effectiveOn, String note) {
}
