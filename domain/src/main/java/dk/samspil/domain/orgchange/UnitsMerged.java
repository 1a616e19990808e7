package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

import java.time.LocalDate;

/** A unit merged into another; from then on its people belong to {@code into}, and the lineage keeps both traceable. */
public record UnitsMerged(StudyId study, UnitKey unit, UnitKey into, LocalDate effectiveOn, String note) {
}
