package dk.samspil.projections.timeline;

import dk.samspil.domain.intervention.InterventionTargets;
import dk.samspil.domain.shared.CaseId;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.projections.store.ReadModelStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** An intervention's current targets in full (units, groups, relations and cases), so an adjustment can keep what it does not change. */
public final class InterventionTargetsQuery {

    private final ReadModelStore store;

    public InterventionTargetsQuery(ReadModelStore store) {
        this.store = store;
    }

    public Optional<InterventionTargets> current(StudyId study, InterventionKey intervention) {
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT units, target_groups, relations, cases FROM intervention WHERE study = ? AND intervention = ? AND superseded_pos IS NULL")) {
            s.setString(1, study.value());
            s.setString(2, intervention.value());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                List<InterventionTargets.Relation> relations = list(r.getString(3), pair -> {
                    String[] ends = pair.split(">", 2);
                    return new InterventionTargets.Relation(GroupKey.of(ends[0]), GroupKey.of(ends[1]));
                });
                return Optional.of(new InterventionTargets(list(r.getString(1), UnitKey::of), list(r.getString(2), GroupKey::of),
                        relations, list(r.getString(4), CaseId::of)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the targets of intervention " + intervention + " in " + study, e);
        }
    }

    private static <T> List<T> list(String joined, Function<String, T> of) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.stream(joined.split(";")).map(of).toList();
    }
}
