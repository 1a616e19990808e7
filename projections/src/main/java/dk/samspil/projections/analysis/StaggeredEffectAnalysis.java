package dk.samspil.projections.analysis;

import dk.samspil.projections.timeline.Timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The staggered effect of an intervention type from an {@link EffectPanel}: the balanced panel of the waves with figures
 * (did's default), start groups by the first wave opening on or after a unit's first start (the rule of the regression),
 * Callaway–Sant'Anna on it, and the Goodman-Bacon decomposition of the regression refitted on the same units.
 */
final class StaggeredEffectAnalysis {

    private StaggeredEffectAnalysis() {
    }

    /** @throws IllegalArgumentException when the panel cannot identify a group-time effect, with the reason in words */
    static StaggeredEffect estimate(EffectPanel p, StaggeredControl control, StandardErrors errors) {
        List<Timeline.Wave> waves = p.waves();
        TreeSet<Integer> shown = new TreeSet<>();
        p.rows().stream().filter(r -> !r.suppressed()).forEach(r -> shown.add(r.wave()));
        if (shown.size() < 2) {
            throw new IllegalArgumentException("group-time effects need at least two waves with unit figures at n >= k as of position "
                    + p.position() + "; found " + shown.size());
        }
        int first = shown.first();
        int last = shown.last();
        for (int w = first; w <= last; w++) {
            if (!shown.contains(w)) {
                // the varying base compares consecutive waves: a wave without figures in between leaves no base
                throw new IllegalArgumentException("wave " + waves.get(w).wave() + " has no unit figure at n >= k as of position " + p.position()
                        + ", between waves with figures: group-time effects need consecutive waves");
            }
        }
        Map<String, Map<Integer, EffectPanel.Row>> byUnit = new TreeMap<>();
        for (EffectPanel.Row row : p.rows()) {
            byUnit.computeIfAbsent(row.unit(), u -> new HashMap<>()).put(row.wave(), row);
        }

        List<StaggeredEffect.ExcludedUnit> excluded = new ArrayList<>();
        List<CallawaySantAnna.Row> rows = new ArrayList<>();
        List<TwoWayFixedEffects.Observation> balanced = new ArrayList<>();
        for (var unit : byUnit.entrySet()) {
            StaggeredEffect.ExcludedUnit gap = gap(unit.getKey(), unit.getValue(), first, last, waves);
            if (gap != null) {
                excluded.add(gap);
                continue;
            }
            int group = group(p.start().get(unit.getKey()), waves, first, last);
            for (int w = first; w <= last; w++) {
                balanced.add(new TwoWayFixedEffects.Observation(unit.getKey(), w - first, unit.getValue().get(w).mean(),
                        p.treated(unit.getKey(), w)));
            }
            if (group == 0) {
                // no wave before the start to compare from: did leaves such units out, the regression keeps them
                excluded.add(new StaggeredEffect.ExcludedUnit(unit.getKey(), "treated_from_first_wave", waves.get(first).wave()));
                continue;
            }
            for (int w = first; w <= last; w++) {
                rows.add(new CallawaySantAnna.Row(unit.getKey(), w - first, unit.getValue().get(w).mean(), group));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no unit has a figure at n >= k at every wave from " + waves.get(first).wave() + " to "
                    + waves.get(last).wave() + " without being treated from the first (" + excluded.size() + " unit(s) excluded)");
        }
        CallawaySantAnna.Result result = CallawaySantAnna.estimate(rows, control, errors);
        return StaggeredEffects.of(p, control, errors, result, excluded, bacon(p, balanced), first);
    }

    /** The unit's first wave without a shown figure, or null when it has one at every panel wave. */
    private static StaggeredEffect.ExcludedUnit gap(String unit, Map<Integer, EffectPanel.Row> rows, int first, int last,
                                                    List<Timeline.Wave> waves) {
        for (int w = first; w <= last; w++) {
            EffectPanel.Row row = rows.get(w);
            if (row == null || row.suppressed()) {
                return new StaggeredEffect.ExcludedUnit(unit, row == null ? "missing" : "suppressed", waves.get(w).wave());
            }
        }
        return null;
    }

    /** The panel index of the unit's first treated wave; NEVER when it starts after the last panel wave or not at all. */
    private static int group(LocalDate started, List<Timeline.Wave> waves, int first, int last) {
        if (started == null) {
            return CallawaySantAnna.NEVER;
        }
        for (int w = 0; w <= last; w++) {
            if (!started.isAfter(waves.get(w).opensOn())) {
                return Math.max(0, w - first);
            }
        }
        return CallawaySantAnna.NEVER;
    }

    /** The regression's decomposition on the balanced units (those treated from the first wave included, as the regression has them). */
    private static Bacon bacon(EffectPanel p, List<TwoWayFixedEffects.Observation> balanced) {
        Double reported;
        try {
            reported = TwoWayFixedEffects.fit(p.rows().stream().filter(r -> !r.suppressed())
                    .map(r -> new TwoWayFixedEffects.Observation(r.unit(), r.wave(), r.mean(), p.treated(r.unit(), r.wave()))).toList()).estimate();
        } catch (IllegalArgumentException e) {
            reported = null;
        }
        try {
            return new Bacon(GoodmanBacon.decompose(balanced), reported, null);
        } catch (IllegalArgumentException e) {
            return new Bacon(null, reported, e.getMessage());
        }
    }

    /** The decomposition (null with the reason when the balanced regression cannot be fitted) and the reported estimate. */
    record Bacon(GoodmanBacon.Decomposition decomposition, Double reported, String refusal) {
    }
}
