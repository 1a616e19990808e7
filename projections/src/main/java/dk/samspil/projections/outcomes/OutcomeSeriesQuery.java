package dk.samspil.projections.outcomes;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.disclosure.Contributors;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.disclosure.FigureKey;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.UnitTree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Citizen outcomes as time series per unit: per month, per fixed longer period, and around intervention starts. */
public record OutcomeSeriesQuery(ReadModelStore store, Positions positions) {

    /** Months on each side of an intervention's start that the before/after the timeline shows covers: the programme's 18 months. */
    public static final int WINDOW_MONTHS = 18;

    /** The outcomes a study has measurements of, in key order. */
    public List<String> outcomes(StudyId study) {
        return outcomes(study, AsOf.LATEST);
    }

    /** @throws IllegalArgumentException naming the study's outcomes when it has no measurements of this one */
    public void require(StudyId study, String outcome) {
        List<String> known = outcomes(study);
        if (!known.contains(outcome)) {
            throw new IllegalArgumentException("study " + study + " has no outcome '" + outcome + "' (outcomes: " + String.join(", ", known) + ")");
        }
    }

    /** The outcomes measured by a position, so an answer as of it never depends on later events. */
    public List<String> outcomes(StudyId study, AsOf asOf) {
        long position = positions.resolve(asOf);
        return store.query("SELECT DISTINCT outcome FROM outcome WHERE study = ? AND recorded_pos <= ? ORDER BY outcome",
                "cannot list the outcomes of " + study, r -> r.getString(1), study.value(), position);
    }

    /** Every month of k citizens or more (those who read every moment). */
    public OutcomeMonths monthly(StudyId study, String outcome, AsOf asOf, int k) {
        return monthly(study, outcome, asOf, FigureGate.open(k));
    }

    /** The months the gate shows: at a release point, measured by the close of its latest released wave and decided by it. */
    public OutcomeMonths monthly(StudyId study, String outcome, AsOf asOf, FigureGate gate) {
        return monthly(study, outcome, asOf, gate, null);
    }

    /** The same, of one subgroup's citizens: their value of a citizen attribute on the day measured; {@code subgroup} null for all. */
    public OutcomeMonths monthly(StudyId study, String outcome, AsOf asOf, FigureGate gate, Subgroup subgroup) {
        long position = positions.resolve(asOf);
        List<OutcomeMonths.Month> months = new ArrayList<>();
        periods(study, outcome, position, gate, subgroup, List.of(1), false,
                (length, unit, month) -> Subgroup.key(FigureKey.outcome(outcome, unit, month), subgroup),
                (p, length) -> months.add(new OutcomeMonths.Month(p.unit(), p.from(), p.figure().mean(), p.figure().n(), p.figure().suppressed())));
        return new OutcomeMonths(study, outcome, position, gate.k(), months);
    }

    /** Per unit, and over every unit, the outcome in each fixed period of the given length that has measurements. */
    public OutcomePeriods periods(StudyId study, String outcome, PeriodLength length, AsOf asOf, FigureGate gate) {
        return periods(study, outcome, List.of(length), asOf, gate).get(length);
    }

    /** The same at several lengths, read in one pass over the measurements. */
    public Map<PeriodLength, OutcomePeriods> periods(StudyId study, String outcome, List<PeriodLength> lengths, AsOf asOf, FigureGate gate) {
        long position = positions.resolve(asOf);
        Map<Integer, List<OutcomePeriods.Period>> byMonths = new HashMap<>();
        periods(study, outcome, position, gate, null, lengths.stream().map(PeriodLength::months).toList(), true,
                (months, unit, from) -> FigureKey.outcomePeriod(outcome, unit, from, months),
                (period, months) -> byMonths.computeIfAbsent(months, m -> new ArrayList<>()).add(period));
        Map<PeriodLength, OutcomePeriods> periods = new java.util.EnumMap<>(PeriodLength.class);
        lengths.forEach(l -> periods.put(l, new OutcomePeriods(study, outcome, l, position, gate.k(), byMonths.getOrDefault(l.months(),
                List.of()))));
        return periods;
    }

    /** Names a period's figure from its length in months, its unit (null: every unit) and its first day. */
    private interface PeriodKey {
        FigureKey of(int months, String unit, LocalDate from);
    }

    /** The periods of each length, each figure named by {@code key}, handed to {@code found} with its length in months. */
    private void periods(StudyId study, String outcome, long position, FigureGate gate, Subgroup subgroup, List<Integer> months,
                         boolean totals, PeriodKey key, java.util.function.ObjIntConsumer<OutcomePeriods.Period> found) {
        store.query(Sql.load("outcome_periods.sql"), "outcome series query failed for " + study + " " + outcome,
                r -> {
                    int length = r.getInt("months");
                    String unit = r.getString("unit");
                    LocalDate from = r.getDate("period").toLocalDate();
                    found.accept(new OutcomePeriods.Period(unit, from, gate.figure(key.of(length, unit, from), r.getDouble("mean"),
                            r.getInt("n"), Contributors.of(r, "contributors"))), length);
                    return from;
                },
                study.value(), outcome, position, position, through(gate), Subgroup.attribute(subgroup), Subgroup.value(subgroup), position,
                months.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")), totals);
    }

    /**
     * For every intervention started by the moment, the outcome over the units it reaches (they and the units below
     * them) in the {@code months} before its start month against the start month and the months after.
     */
    public List<OutcomeWindow> windows(StudyId study, String outcome, int months, AsOf asOf, FigureGate gate) {
        long position = positions.resolve(asOf);
        UnitTree tree = UnitTree.of(store, study, position);
        List<OutcomeWindow> windows = new ArrayList<>();
        for (Timeline.Intervention intervention : new TimelineQuery(store, positions).timeline(study, new AsOf.Position(position))
                .interventions()) {
            if (intervention.startedOn() != null) {
                windows.add(window(study, outcome, intervention, List.copyOf(tree.reach(intervention.units())), months, position, gate));
            }
        }
        return windows;
    }

    /** The same for one intervention, as the timeline read at the moment has it; empty when it has not started by then. */
    public Optional<OutcomeWindow> window(StudyId study, String outcome, Timeline.Intervention intervention, int months, AsOf asOf,
                                          FigureGate gate) {
        if (intervention.startedOn() == null) {
            return Optional.empty();
        }
        long position = positions.resolve(asOf);
        List<String> units = List.copyOf(UnitTree.of(store, study, position).reach(intervention.units()));
        return Optional.of(window(study, outcome, intervention, units, months, position, gate));
    }

    private OutcomeWindow window(StudyId study, String outcome, Timeline.Intervention intervention, List<String> units, int months,
                                 long position, FigureGate gate) {
        LocalDate start = intervention.startedOn().withDayOfMonth(1);
        record Side(String side, Figure figure, Double mean, Double variance, long values) {
        }
        Map<String, Side> sides = new HashMap<>();
        store.query(Sql.load("outcome_window.sql"), "outcome window query failed for " + study + " " + intervention.intervention(),
                r -> {
                    String side = r.getString("side");
                    Double variance = r.getObject("variance") == null ? null : r.getDouble("variance");
                    Figure figure = gate.figure(FigureKey.outcomeWindow(outcome, intervention.intervention(), side, months),
                            r.getDouble("mean"), r.getInt("n"), Contributors.of(r, "contributors"));
                    return sides.put(side, new Side(side, figure, r.getDouble("mean"), variance, r.getLong("values")));
                },
                study.value(), outcome, position, position, through(gate), String.join(",", units), start, start.minusMonths(months),
                start.plusMonths(months));
        Side before = sides.getOrDefault("before", new Side("before", new Figure(null, 0, false), null, null, 0));
        Side after = sides.getOrDefault("after", new Side("after", new Figure(null, 0, false), null, null, 0));
        // the difference only when both sides are shown: it is made of their values
        Welch.Difference difference = before.figure().mean() == null || after.figure().mean() == null ? null
                : Welch.of(before.mean(), before.variance(), before.values(), after.mean(), after.variance(), after.values());
        return new OutcomeWindow(intervention.intervention(), intervention.startedOn(), units, months, before.figure(), after.figure(),
                difference);
    }

    private static LocalDate through(FigureGate gate) {
        return gate.outcomesThrough() == null ? LocalDate.of(9999, 12, 31) : gate.outcomesThrough();
    }
}
