package dk.samspil.domain.study;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.StudyId;

/** A professional group's display name changed. */
public record GroupRenamed(StudyId study, GroupKey group, String name) {
}
