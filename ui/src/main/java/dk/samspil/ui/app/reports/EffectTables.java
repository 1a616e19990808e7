package dk.samspil.ui.app.reports;

import dk.samspil.projections.analysis.StaggeredEffect;

import java.util.Locale;

import static dk.samspil.ui.app.reports.AnalysisTables.number;
import static dk.samspil.ui.app.reports.ReportOutput.section;

/** The staggered effect as tables: the group-time effects first (the CSV), then their averages and the regression's decomposition. */
final class EffectTables {

    private EffectTables() {
    }

    static ReportOutput staggered(StaggeredEffect e) {
        Table cells = new Table("group", "time", "event_time", "base", "att", "se", "ci_low", "ci_high", "n_group", "n_control");
        e.attGt().forEach(c -> cells.row(c.group(), c.time(), c.eventTime(), c.base(), number(c.att()), number(c.se()), number(c.ciLow()),
                number(c.ciHigh()), c.nGroup(), c.nControl()));
        Table simple = new Table("att", "se", "ci_low", "ci_high").row(number(e.simple().att()), number(e.simple().se()),
                number(e.simple().ciLow()), number(e.simple().ciHigh()));
        Table dynamic = new Table("event_time", "att", "se", "ci_low", "ci_high");
        e.dynamic().forEach(d -> dynamic.row(d.eventTime(), number(d.att()), number(d.se()), number(d.ciLow()), number(d.ciHigh())));
        Table groups = new Table("group", "att", "se", "ci_low", "ci_high", "n_group");
        e.group().forEach(g -> groups.row(g.group(), number(g.att()), number(g.se()), number(g.ciLow()), number(g.ciHigh()), g.nGroup()));
        Table excluded = new Table("unit", "reason", "wave");
        e.excludedUnits().forEach(u -> excluded.row(u.unit(), u.reason(), u.wave()));
        return ReportOutput.of(e,
                String.format(Locale.ROOT, "Staggered effect of %s on %s (scope %s, control %s): study %s, as of position %d, k = %d%n%s",
                        e.type(), e.outcome(), e.scope(), e.control(), e.study(), e.asOfPosition(), e.k(), e.method()),
                cells,
                section("Simple (post-start cells weighted by group size)", simple),
                section("Dynamic (event time in waves; negative: pre-trend placebos)", dynamic),
                section("Group (each start group's mean over its treated waves)", groups),
                bacon(e.bacon()),
                e.excludedUnits().isEmpty() ? "" : section("Excluded from the balanced panel", excluded),
                e.caution() == null ? "" : "Caution: " + e.caution() + "\n");
    }

    private static String bacon(StaggeredEffect.Bacon bacon) {
        if (bacon == null) {
            return "";
        }
        Table comparisons = new Table("kind", "treated", "control", "estimate", "weight", "already_treated_control");
        bacon.comparisons().forEach(c -> comparisons.row(c.kind(), c.treated(), c.control(), number(c.estimate()), number(c.weight()),
                c.alreadyTreatedControl()));
        return section(String.format(Locale.ROOT, "Goodman-Bacon decomposition of the regression on the same balanced panel: %s = sum of "
                        + "weight x estimate (as reported, every shown unit-wave: %s); already-treated units as controls carry %.1f %% of the weight",
                number(bacon.twfeEstimate()), number(bacon.twfeReported()), 100 * bacon.alreadyTreatedShare()), comparisons);
    }
}
