package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

import java.time.LocalDate;

/**
 * A unit's display name changed; its key, and so its identity across waves, did not.
 *
 * @param effectiveOn when the new name took effect (org_changes.csv), or null when study.json restated the name
 */
public record UnitRenamed(StudyId study, UnitKey unit, String name, LocalDate effectiveOn) {
}
