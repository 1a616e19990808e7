package dk.samspil.projections.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.StudyId;

import java.util.List;
import java.util.Optional;

/**
 * Which relations between groups matter for the shared task, as the study's relationship map
 * records them at a position (importance high, middle or low).
 */
public record RelationshipMap(StudyId study, @JsonProperty("as_of_position") long asOfPosition, List<Relationship> relationships) {

    public RelationshipMap {
        relationships = List.copyOf(relationships);
    }

    /** One directed relation: how much {@code from} depends on working with {@code to}. */
    public record Relationship(GroupKey from, GroupKey to, String importance) {
    }

    public Optional<String> importance(GroupKey from, GroupKey to) {
        return relationships.stream().filter(r -> r.from().equals(from) && r.to().equals(to))
                .map(Relationship::importance).findFirst();
    }
}
