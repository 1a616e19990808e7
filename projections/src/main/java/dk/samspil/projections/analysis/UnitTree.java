package dk.samspil.projections.analysis;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.store.ReadModelStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A study's unit hierarchy as of a position: an intervention on a unit reaches the units below it. */
record UnitTree(Map<String, List<String>> children) {

    static UnitTree of(ReadModelStore store, StudyId study, long position) {
        Map<String, List<String>> children = new HashMap<>();
        String sql = "SELECT unit, parent FROM unit WHERE study = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)";
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, study.value());
            s.setLong(2, position);
            s.setLong(3, position);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getString(2) != null) {
                        children.computeIfAbsent(r.getString(2), p -> new ArrayList<>()).add(r.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("unit hierarchy query failed for " + study, e);
        }
        return new UnitTree(children);
    }

    /** The named units and every unit below them. */
    Set<String> reach(Collection<String> units) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>(units);
        while (!open.isEmpty()) {
            String unit = open.pop();
            if (reached.add(unit)) {
                open.addAll(children.getOrDefault(unit, List.of()));
            }
        }
        return reached;
    }
}
