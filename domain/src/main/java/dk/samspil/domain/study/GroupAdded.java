package dk.samspil.domain.study;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.StudyId;

/** A professional group takes part in the study. */
public record GroupAdded(StudyId study, GroupKey group, String name) {
}
