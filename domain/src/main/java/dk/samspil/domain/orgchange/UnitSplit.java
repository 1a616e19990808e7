package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

import java.time.LocalDate;

/** A new unit split off from an existing one; the lineage keeps both traceable. */
public record UnitSplit(StudyId study, UnitKey unit, UnitKey splitOff, LocalDate effectiveOn, String note) {
}
