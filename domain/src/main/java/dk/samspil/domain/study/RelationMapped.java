package dk.samspil.domain.study;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.StudyId;

/** The relationship map says how much the relation from one group to another matters (new or changed). */
public record RelationMapped(StudyId study, GroupKey from, GroupKey to, Importance importance) {
}
