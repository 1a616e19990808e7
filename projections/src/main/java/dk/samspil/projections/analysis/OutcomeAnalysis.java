package dk.samspil.projections.analysis;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.attributes.Difference;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.outcomes.Welch;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.UnitTree;
import org.hipparchus.stat.StatUtils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Citizen outcomes before and after each intervention start. */
record OutcomeAnalysis(ReadModelStore store, OutcomeSeriesQuery series, TimelineQuery timelines) {

    private record Value(String unit, LocalDate month, double value) {
    }

    /** @param type an intervention type key, or null for every type */
    OutcomeShifts outcomes(StudyId study, String outcome, String type, int windowMonths, long position, int k, Subgroup subgroup) {
        AsOf at = new AsOf.Position(position);
        List<String> known = series.outcomes(study, at);
        if (!known.contains(outcome)) {
            throw new IllegalArgumentException("study " + study + " has no outcome '" + outcome + "' as of position " + position
                    + " (outcomes: " + String.join(", ", known) + ")");
        }
        if (windowMonths < 1) {
            throw new IllegalArgumentException("the window is at least one month on each side, was " + windowMonths);
        }
        List<Value> values = values(study, outcome, position, subgroup);
        UnitTree tree = UnitTree.of(store, study, position);
        List<OutcomeShifts.Start> starts = new ArrayList<>();
        for (Timeline.Intervention intervention : timelines.timeline(study, at).interventions()) {
            if (intervention.startedOn() == null || (type != null && !intervention.type().equals(type))) {
                continue;
            }
            LocalDate startMonth = intervention.startedOn().withDayOfMonth(1);
            Set<String> reached = tree.reach(intervention.units());
            List<OutcomeShifts.UnitComparison> perUnit = new ArrayList<>();
            for (String unit : reached) {
                if (values.stream().anyMatch(v -> v.unit().equals(unit))) {
                    perUnit.add(new OutcomeShifts.UnitComparison(unit, compare(values, Set.of(unit), startMonth, windowMonths, k)));
                }
            }
            starts.add(new OutcomeShifts.Start(intervention.intervention(), intervention.type(), intervention.startedOn(),
                    List.copyOf(reached), compare(values, reached, startMonth, windowMonths, k), perUnit));
        }
        return new OutcomeShifts(study, outcome, position, k, List.of(), OutcomeShifts.METHOD, windowMonths,
                series.monthly(study, outcome, at, FigureGate.open(k), subgroup).months(), starts);
    }

    private static OutcomeShifts.Comparison compare(List<Value> values, Collection<String> units, LocalDate startMonth, int window, int k) {
        LocalDate from = startMonth.minusMonths(window);
        LocalDate to = startMonth.plusMonths(window);
        double[] pre = values.stream().filter(v -> units.contains(v.unit()) && !v.month().isBefore(from) && v.month().isBefore(startMonth))
                .mapToDouble(Value::value).toArray();
        double[] post = values.stream().filter(v -> units.contains(v.unit()) && !v.month().isBefore(startMonth) && v.month().isBefore(to))
                .mapToDouble(Value::value).toArray();
        if (pre.length < k || post.length < k) {
            return new OutcomeShifts.Comparison(pre.length < k ? null : StatUtils.mean(pre), pre.length,
                    post.length < k ? null : StatUtils.mean(post), post.length, null, null, null, null, null, true);
        }
        double preMean = StatUtils.mean(pre);
        double postMean = StatUtils.mean(post);
        Welch.Difference d = Welch.of(preMean, pre.length < 2 ? null : StatUtils.variance(pre), pre.length,
                postMean, post.length < 2 ? null : StatUtils.variance(post), post.length);
        return new OutcomeShifts.Comparison(preMean, pre.length, postMean, post.length, d.difference(), d.se(), d.ciLow(), d.ciHigh(),
                d.df(), false);
    }

    private List<Value> values(StudyId study, String outcome, long position, Subgroup subgroup) {
        return store.query(Sql.load("outcome_values.sql"), "outcome values query failed for " + study + " " + outcome,
                r -> new Value(r.getString(1), r.getDate(2).toLocalDate(), r.getDouble(4)), study.value(), outcome, position, position,
                Subgroup.attribute(subgroup), Subgroup.value(subgroup), position);
    }

    /**
     * Per intervention start, each subgroup's shift (post - pre, all units it reaches) minus the first subgroup's: different
     * citizens, so se = sqrt(se_a² + se_b²), with Welch-Satterthwaite degrees of freedom from both comparisons'.
     */
    static List<Difference> differences(Breakdown<OutcomeShifts> breakdown) {
        List<Difference> differences = new ArrayList<>();
        Breakdown.Group<OutcomeShifts> reference = breakdown.groups().getFirst();
        for (Breakdown.Group<OutcomeShifts> group : breakdown.groups().subList(1, breakdown.groups().size())) {
            for (int i = 0; i < group.figures().starts().size(); i++) {
                String of = group.figures().starts().get(i).intervention();
                OutcomeShifts.Comparison a = group.figures().starts().get(i).pooled();
                OutcomeShifts.Comparison b = reference.figures().starts().get(i).pooled();
                differences.add(Difference.welch(of, group.value(), reference.value(), a.difference(), a.se(), a.df(), b.difference(), b.se(),
                        b.df(), DIFFERENCE));
            }
        }
        return differences;
    }

    static final String DIFFERENCE = "shift(value) - shift(reference), each post mean - pre mean over the units the start reaches; "
            + "se = sqrt(se_value^2 + se_reference^2), the subgroups taken as independent (different citizens; what their units "
            + "share usually correlates them positively, which makes this se conservative); 95% CI with t(0.975, df) and "
            + "Welch-Satterthwaite df from both comparisons' df";
}
