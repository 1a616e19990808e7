package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

/** A unit got a new parent in the hierarchy; {@code parent} is null for a top unit. */
public record UnitMoved(StudyId study, UnitKey unit, UnitKey parent) {
}
