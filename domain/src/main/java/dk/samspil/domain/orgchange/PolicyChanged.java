package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

import java.time.LocalDate;

/** A policy changed for a unit (and the units under it). */
public record PolicyChanged(StudyId study, UnitKey unit, LocalDate effectiveOn, String note) {
}
