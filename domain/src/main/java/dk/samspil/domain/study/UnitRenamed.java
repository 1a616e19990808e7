package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

/** A unit's display name changed; its key, and so its identity across waves, did not. */
public record UnitRenamed(StudyId study, UnitKey unit, String name) {
}
