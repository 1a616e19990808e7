package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.CaseId;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.UnitKey;

import java.util.List;

/**
 * What an intervention is aimed at: units, professional groups, relations between groups, and
 * citizen cases. Lists are sorted so that equal targets are equal values.
 */
public record InterventionTargets(List<UnitKey> units, List<GroupKey> groups, List<Relation> relations, List<CaseId> cases) {

    /** A directed relation from one group to another. */
    public record Relation(GroupKey from, GroupKey to) implements Comparable<Relation> {
        @Override
        public int compareTo(Relation other) {
            int byFrom = from.compareTo(other.from);
            return byFrom != 0 ? byFrom : to.compareTo(other.to);
        }
    }

    public InterventionTargets {
        units = units == null ? List.of() : units.stream().distinct().sorted().toList();
        groups = groups == null ? List.of() : groups.stream().distinct().sorted().toList();
        relations = relations == null ? List.of() : relations.stream().distinct().sorted().toList();
        cases = cases == null ? List.of() : cases.stream().distinct().sorted().toList();
    }

    public static InterventionTargets of(List<UnitKey> units, List<GroupKey> groups) {
        return new InterventionTargets(units, groups, List.of(), List.of());
    }
}
