package dk.samspil.projections.units;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.store.ReadModelStore;

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
public record UnitTree(Map<String, List<String>> children) {

    public static UnitTree of(ReadModelStore store, StudyId study, long position) {
        Map<String, List<String>> children = new HashMap<>();
        for (String[] unitAndParent : store.query(
                "SELECT unit, parent FROM unit WHERE study = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)",
                "unit hierarchy query failed for " + study, r -> new String[]{r.getString(1), r.getString(2)}, study.value(), position, position)) {
            if (unitAndParent[1] != null) {
                children.computeIfAbsent(unitAndParent[1], p -> new ArrayList<>()).add(unitAndParent[0]);
            }
        }
        return new UnitTree(children);
    }

    /** The named units and every unit below them. */
    public Set<String> reach(Collection<String> units) {
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
