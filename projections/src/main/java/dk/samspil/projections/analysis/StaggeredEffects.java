package dk.samspil.projections.analysis;

import dk.samspil.projections.timeline.Timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The staggered effect's figures as the published record: panel indices back to wave keys, and the cautions in words. */
final class StaggeredEffects {

    private StaggeredEffects() {
    }

    /** @param first the timeline index of the panel's first wave */
    static StaggeredEffect of(EffectPanel p, StaggeredControl control, StandardErrors errors, CallawaySantAnna.Result result,
                              List<StaggeredEffect.ExcludedUnit> excluded, StaggeredEffectAnalysis.Bacon bacon, int first) {
        List<Timeline.Wave> waves = p.waves();
        List<StaggeredEffect.GroupTime> cells = new ArrayList<>();
        TreeSet<String> empty = new TreeSet<>();
        TreeSet<String> single = new TreeSet<>();
        for (CallawaySantAnna.Cell c : result.cells()) {
            String group = key(waves, first, c.group());
            String time = key(waves, first, c.time());
            cells.add(new StaggeredEffect.GroupTime(group, time, c.eventTime(), key(waves, first, c.base()), c.att(), c.se(), c.ciLow(),
                    c.ciHigh(), c.nGroup(), c.nControl()));
            if (c.att() == null) {
                empty.add("(" + group + ", " + time + ")");
            } else if (c.nGroup() == 1 || c.nControl() == 1) {
                single.add("(" + group + ", " + time + ")");
            }
        }
        List<StaggeredEffect.EventTime> dynamic = new ArrayList<>();
        result.dynamic().forEach((e, f) -> dynamic.add(new StaggeredEffect.EventTime(e, f.att(), f.se(), f.ciLow(), f.ciHigh())));
        List<StaggeredEffect.Group> groups = new ArrayList<>();
        result.group().forEach((g, f) -> groups.add(new StaggeredEffect.Group(key(waves, first, g), f.att(), f.se(), f.ciLow(), f.ciHigh(),
                (int) result.cells().stream().filter(c -> c.group() == g).mapToInt(CallawaySantAnna.Cell::nGroup).findFirst().orElse(0))));
        CallawaySantAnna.Figure simple = result.simple();
        return new StaggeredEffect(p.study(), p.type(), p.outcome(), p.scope().key(), p.position(), p.k(), List.of(p.outcome()),
                errors == StandardErrors.BOOTSTRAP ? StaggeredEffect.METHOD_BOOTSTRAP : StaggeredEffect.METHOD_INFLUENCE,
                StaggeredEffect.ESTIMATOR, control.key(), errors.key(), cells,
                new StaggeredEffect.Estimate(simple.att(), simple.se(), simple.ciLow(), simple.ciHigh()), dynamic, groups, excluded,
                bacon(bacon, waves, first), caution(empty, single, bacon));
    }

    private static StaggeredEffect.Bacon bacon(StaggeredEffectAnalysis.Bacon bacon, List<Timeline.Wave> waves, int first) {
        GoodmanBacon.Decomposition d = bacon.decomposition();
        if (d == null) {
            return null;
        }
        List<StaggeredEffect.Comparison> comparisons = d.comparisons().stream().map(c -> new StaggeredEffect.Comparison(c.kind(),
                key(waves, first, c.treated()), key(waves, first, c.control()), c.estimate(), c.weight(), c.alreadyTreatedControl())).toList();
        return new StaggeredEffect.Bacon(d.twfe(), bacon.reported(), d.alreadyTreatedShare(), comparisons);
    }

    private static String key(List<Timeline.Wave> waves, int first, int panelWave) {
        return panelWave == CallawaySantAnna.NEVER ? "never" : waves.get(first + panelWave).wave();
    }

    private static String caution(TreeSet<String> empty, TreeSet<String> single, StaggeredEffectAnalysis.Bacon bacon) {
        List<String> said = new ArrayList<>();
        if (!empty.isEmpty()) {
            said.add("group-time cell(s) " + String.join(", ", empty) + " have no comparison unit and are left out of the averages");
        }
        if (!single.isEmpty()) {
            said.add("group-time cell(s) " + String.join(", ", single) + " have a single unit on one side, whose spread the se cannot"
                    + " count: read their se as too small");
        }
        if (bacon.refusal() != null) {
            said.add("no Goodman-Bacon decomposition: " + bacon.refusal());
        }
        return said.isEmpty() ? null : String.join("; ", said);
    }
}
