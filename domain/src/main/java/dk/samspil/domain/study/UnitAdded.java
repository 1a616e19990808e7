package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

/** A unit joined the study's organisational hierarchy; {@code parent} is null for a top unit. */
public record UnitAdded(StudyId study, UnitKey unit, String name, UnitKey parent) {
}
