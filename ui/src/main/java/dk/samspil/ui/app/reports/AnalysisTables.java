package dk.samspil.ui.app.reports;

import dk.samspil.projections.analysis.Change;
import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.analysis.OutcomeShifts;
import dk.samspil.projections.analysis.RelationFindings;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.attributes.Difference;

import java.util.List;
import java.util.Locale;

import static dk.samspil.ui.app.reports.ReportOutput.section;

/** The analyses as tables and headings, the same for the command line and the read API. */
final class AnalysisTables {

    private AnalysisTables() {
    }

    /** Estimates in text tables keep four decimals; JSON carries them unrounded. */
    static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    static ReportOutput elasticity(Elasticity e) {
        Table units = new Table("unit", "x", "n_x", "y", "n_y");
        e.unitsUsed().forEach(u -> units.row(u.unit(), number(u.x()), u.nX(), number(u.y()), u.nY()));
        Table excluded = new Table("unit", "reason", "n_x", "n_y");
        e.unitsExcluded().forEach(u -> excluded.row(u.unit(), u.reason(), u.nX(), u.nY()));
        return ReportOutput.of(e,
                String.format(Locale.ROOT, "Elasticity of %s with respect to %s: study %s, wave %s, as of position %d, k = %d%n%s",
                        e.y(), e.x(), e.study(), e.wave(), e.asOfPosition(), e.k(), e.method()),
                new Table("slope", "se", "ci_low", "ci_high", "n", "r2", "pct_for_10pct").row(number(e.slope()), number(e.se()),
                        number(e.ciLow()), number(e.ciHigh()), e.n(), number(e.r2()), number(e.pctFor10pct())),
                e.note() == null ? "" : e.note() + "\n",
                section("Units used", units),
                section("Units excluded (" + e.unitsExcluded().size() + ")", excluded));
    }

    /** Everyone's and each subgroup's fit, a row each, then each subgroup's slope against the first's. */
    static ReportOutput elasticity(Breakdown<Elasticity> breakdown) {
        Elasticity e = breakdown.total();
        Table fits = new Table(breakdown.by(), "slope", "se", "ci_low", "ci_high", "n", "r2", "pct_for_10pct", "note");
        ReportTables.eachSubgroup(breakdown, (subgroup, fit) -> fit(fits, subgroup, fit));
        return ReportOutput.of(breakdown, String.format(Locale.ROOT, "Elasticity of %s with respect to %s: study %s, wave %s, as of position %d, "
                        + "k = %d%n%s%nBy %s: everyone (all), then each value's respondents (their value in the wave)", e.y(), e.x(), e.study(),
                e.wave(), e.asOfPosition(), e.k(), e.method(), breakdown.by()), fits, section("Differences", differences(breakdown.differences())));
    }

    private static void fit(Table table, String subgroup, Elasticity e) {
        table.row(subgroup, number(e.slope()), number(e.se()), number(e.ciLow()), number(e.ciHigh()), e.n(), number(e.r2()),
                number(e.pctFor10pct()), e.note());
    }

    /** Each subgroup's estimate against the reference subgroup's, and how it is computed. */
    static Table differences(List<Difference> differences) {
        Table table = new Table("of", "value", "reference", "difference", "se", "ci_low", "ci_high", "method");
        differences.forEach(d -> table.row(d.of(), d.value(), d.reference(), number(d.estimate()), number(d.se()), number(d.ciLow()),
                number(d.ciHigh()), d.method()));
        return table;
    }

    static ReportOutput effect(InterventionEffect e) {
        Table events = new Table("relative_wave", "treated_mean", "treated_obs", "never_treated_mean", "never_treated_obs");
        e.eventTime().forEach(t -> events.row(t.relativeWave(), number(t.treatedMean()), t.treatedObs(),
                number(t.neverTreatedMean()), t.neverTreatedObs()));
        Table treated = new Table("unit", "started_on", "first_treated_wave");
        e.treatedUnits().forEach(t -> treated.row(t.unit(), t.startedOn(), t.firstTreatedWave()));
        return ReportOutput.of(e,
                String.format(Locale.ROOT, "Effect of %s on %s (scope %s): study %s, as of position %d, k = %d%n%s",
                        e.type(), e.outcome(), e.scope(), e.study(), e.asOfPosition(), e.k(), e.method()),
                new Table("estimate", "se", "ci_low", "ci_high", "n_obs", "clusters", "n_treated").row(number(e.estimate()),
                        number(e.se()), number(e.ciLow()), number(e.ciHigh()), e.nObs(), e.clusters(), e.nTreated()),
                section("Event time", events),
                section("Treated units", treated),
                "Unit-waves below k left out: " + e.excluded().size() + "\n",
                e.caution() == null ? "" : "Caution: " + e.caution() + "\n");
    }

    /** Everyone's and each subgroup's estimate, a row each, then each subgroup's effect against the first's. */
    static ReportOutput effect(Breakdown<InterventionEffect> breakdown) {
        InterventionEffect e = breakdown.total();
        Table estimates = new Table(breakdown.by(), "estimate", "se", "ci_low", "ci_high", "n_obs", "clusters", "n_treated", "caution");
        ReportTables.eachSubgroup(breakdown, (subgroup, fit) -> estimates.row(subgroup, number(fit.estimate()), number(fit.se()),
                number(fit.ciLow()), number(fit.ciHigh()), fit.nObs(), fit.clusters(), fit.nTreated(), fit.caution()));
        return ReportOutput.of(breakdown,
                String.format(Locale.ROOT, "Effect of %s on %s (scope %s): study %s, as of position %d, k = %d%n%s%nBy %s: everyone (all), "
                                + "then each value's respondents (their unit indices); event time and panels in --format json",
                        e.type(), e.outcome(), e.scope(), e.study(), e.asOfPosition(), e.k(), e.method(), breakdown.by()),
                estimates, section("Differences", differences(breakdown.differences())));
    }

    static ReportOutput change(Change e) {
        Table table = new Table("item", "mean_start", "n_start", "mean_end", "n_end", "change_pct");
        e.items().forEach(i -> row(table, i.item(), i.change()));
        row(table, "(overall)", e.overall());
        return ReportOutput.of(e,
                String.format(Locale.ROOT, "Change of %s from %s to %s: study %s%s, scope %s, as of position %d, k = %d%n%s",
                        e.instrument(), e.from(), e.to(), e.study(), e.unit() == null ? "" : ", unit " + e.unit(), e.scope(),
                        e.asOfPosition(), e.k(), e.method()),
                table);
    }

    /** Everyone's and each subgroup's overall change, a row each, then each subgroup's change against the first's. */
    static ReportOutput change(Breakdown<Change> breakdown) {
        Change e = breakdown.total();
        Table table = new Table(breakdown.by(), "mean_start", "n_start", "mean_end", "n_end", "change_pct", "change", "se");
        ReportTables.eachSubgroup(breakdown, (subgroup, change) -> table.row(subgroup, number(change.overall().meanStart()),
                change.overall().nStart(), number(change.overall().meanEnd()), change.overall().nEnd(), number(change.overall().changePct()),
                number(change.overall().change()), number(change.overall().se())));
        return ReportOutput.of(breakdown,
                String.format(Locale.ROOT, "Change of %s from %s to %s: study %s%s, scope %s, as of position %d, k = %d%n%s%nBy %s: everyone "
                                + "(all), then each value's respondents (their value in each wave); per item in --format json",
                        e.instrument(), e.from(), e.to(), e.study(), e.unit() == null ? "" : ", unit " + e.unit(), e.scope(),
                        e.asOfPosition(), e.k(), e.method(), breakdown.by()),
                table, section("Differences", differences(breakdown.differences())));
    }

    private static void row(Table table, String item, Change.Side side) {
        table.row(item, number(side.meanStart()), side.nStart(), number(side.meanEnd()), side.nEnd(), number(side.changePct()));
    }

    static ReportOutput relations(RelationFindings e) {
        Table weak = new Table("rank", "rater_group", "target_group", "map_importance", "rated_importance", "mean", "n", "band");
        e.weakImportant().forEach(w -> weak.row(w.rank(), w.raterGroup(), w.targetGroup(), w.mapImportance(),
                number(w.ratedImportance()), number(w.mean()), w.n(), w.band().key()));
        Table unassessable = new Table("rater_group", "target_group", "n");
        e.notAssessable().forEach(w -> unassessable.row(w.raterGroup(), w.targetGroup(), w.n()));
        Table pairs = new Table("group_a", "group_b", "a_rates_b", "b_rates_a", "difference");
        e.asymmetry().forEach(p -> pairs.row(p.groupA(), p.groupB(), number(p.aRatesB()), number(p.bRatesA()), number(p.difference())));
        return ReportOutput.of(e,
                String.format(Locale.ROOT, "Weak but important relations, %s: study %s, wave %s, as of position %d, k = %d%n%s",
                        e.instrument(), e.study(), e.wave(), e.asOfPosition(), e.k(), e.method()),
                weak,
                section("Important relations below k or without answers (" + e.notAssessable().size() + ")", unassessable),
                section("Asymmetry of pairs", pairs));
    }

    static ReportOutput outcomeShifts(OutcomeShifts e) {
        Table starts = new Table("intervention", "type", "started_on", "unit", "pre_mean", "pre_n", "post_mean", "post_n",
                "difference", "ci_low", "ci_high");
        e.starts().forEach(s -> {
            row(starts, s, "(all)", s.pooled());
            s.perUnit().forEach(u -> row(starts, s, u.unit(), u.comparison()));
        });
        Table series = new Table("unit", "month", "mean", "n", "suppressed");
        e.series().forEach(m -> series.row(m.unit(), m.month(), number(m.mean()), m.n(), m.suppressed()));
        return ReportOutput.of(e,
                String.format(Locale.ROOT, "Outcome %s before and after each intervention start, %d months each side: "
                        + "study %s, as of position %d, k = %d%n%s", e.outcome(), e.windowMonths(), e.study(), e.asOfPosition(), e.k(), e.method()),
                starts,
                section("Monthly series", series));
    }

    /** Each start's pooled comparison for everyone and each subgroup, then each subgroup's shift against the first's. */
    static ReportOutput outcomeShifts(Breakdown<OutcomeShifts> breakdown) {
        OutcomeShifts e = breakdown.total();
        Table starts = new Table(breakdown.by(), "intervention", "type", "started_on", "unit", "pre_mean", "pre_n", "post_mean", "post_n",
                "difference", "ci_low", "ci_high");
        ReportTables.eachSubgroup(breakdown, (subgroup, shifts) -> shifts.starts().forEach(s -> starts.row(subgrouped(subgroup, s, s.pooled()))));
        return ReportOutput.of(breakdown,
                String.format(Locale.ROOT, "Outcome %s before and after each intervention start, %d months each side: study %s, as of "
                                + "position %d, k = %d%n%s%nBy %s: everyone (all), then each value's citizens (their value on the day measured)",
                        e.outcome(), e.windowMonths(), e.study(), e.asOfPosition(), e.k(), e.method(), breakdown.by()),
                starts, section("Differences", differences(breakdown.differences())));
    }

    private static Object[] subgrouped(String subgroup, OutcomeShifts.Start start, OutcomeShifts.Comparison c) {
        return new Object[]{subgroup, start.intervention(), start.type(), start.startedOn(), "(all)", number(c.preMean()), c.preN(),
                number(c.postMean()), c.postN(), number(c.difference()), number(c.ciLow()), number(c.ciHigh())};
    }

    private static void row(Table table, OutcomeShifts.Start start, String unit, OutcomeShifts.Comparison c) {
        table.row(start.intervention(), start.type(), start.startedOn(), unit, number(c.preMean()), c.preN(), number(c.postMean()),
                c.postN(), number(c.difference()), number(c.ciLow()), number(c.ciHigh()));
    }
}
