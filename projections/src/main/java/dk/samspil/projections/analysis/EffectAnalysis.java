package dk.samspil.projections.analysis;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.attributes.Difference;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.UnitTree;
import dk.samspil.projections.units.Scope;
import dk.samspil.projections.units.UnitIndexQuery;
import dk.samspil.projections.units.UnitIndices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Difference-in-differences of an intervention type on a unit index (measures.md, Intervention effect). */
record EffectAnalysis(ReadModelStore store, UnitIndexQuery units, TimelineQuery timelines) {

    /** @param subgroup only the respondents with that value in each wave make the unit indices; null: everyone */
    InterventionEffect effect(StudyId study, String type, InstrumentRef outcome, Scope scope, long position, FigureGate gate,
                              Subgroup subgroup) {
        return effect(panel(study, type, outcome, scope, position, gate, subgroup), subgroup);
    }

    /** @param subgroup only the respondents with that value in each wave make the unit indices; null: everyone */
    EffectPanel panel(StudyId study, String type, InstrumentRef outcome, Scope scope, long position, FigureGate gate, Subgroup subgroup) {
        return panel(timelines.timeline(study, new AsOf.Position(position)), type, outcome, scope, gate, subgroup);
    }

    /** The panel at the timeline's position, from a timeline the caller has read already. */
    EffectPanel panel(Timeline timeline, String type, InstrumentRef outcome, Scope scope, FigureGate gate, Subgroup subgroup) {
        StudyId study = timeline.study();
        long position = timeline.asOfPosition();
        AsOf at = new AsOf.Position(position);
        List<Timeline.Intervention> ofType = timeline.interventions().stream()
                .filter(i -> i.type().equals(type) && i.startedOn() != null).toList();
        if (ofType.isEmpty()) {
            throw new IllegalArgumentException("study " + study + " has no started intervention of type '" + type + "' as of position "
                    + position + " (types started: " + timeline.interventions().stream().filter(i -> i.startedOn() != null)
                    .map(Timeline.Intervention::type).distinct().sorted().collect(Collectors.joining(", ")) + ")");
        }
        Map<String, LocalDate> start = firstStarts(ofType, UnitTree.of(store, study, position));
        List<Timeline.Wave> waves = timeline.waves();
        // every wave's unit indices in one pass over the answers
        Map<String, UnitIndices> indices = units.panel(study, outcome, scope, at, gate, subgroup);
        List<EffectPanel.Row> rows = new ArrayList<>();
        for (int w = 0; w < waves.size(); w++) {
            UnitIndices ofWave = indices.get(waves.get(w).wave());
            for (UnitIndices.UnitIndex index : ofWave == null ? List.<UnitIndices.UnitIndex>of() : ofWave.units()) {
                rows.add(new EffectPanel.Row(index.unit(), w, index.mean(), index.n(), index.suppressed()));
            }
        }
        return new EffectPanel(study, type, outcome, scope, position, gate.k(), waves, start, rows);
    }

    /** The two-way fixed-effects estimate on the panel's shown unit-waves. */
    InterventionEffect effect(EffectPanel p, Subgroup subgroup) {
        List<Timeline.Wave> waves = p.waves();
        Map<String, LocalDate> start = p.start();
        List<TwoWayFixedEffects.Observation> observations = new ArrayList<>();
        List<InterventionEffect.UnitWave> panel = new ArrayList<>();
        List<InterventionEffect.UnitWave> excluded = new ArrayList<>();
        for (EffectPanel.Row index : p.rows()) {
            boolean treated = p.treated(index.unit(), index.wave());
            var row = new InterventionEffect.UnitWave(index.unit(), waves.get(index.wave()).wave(), index.mean(), index.n(), treated);
            if (index.suppressed()) {
                excluded.add(row);
            } else {
                panel.add(row);
                observations.add(new TwoWayFixedEffects.Observation(index.unit(), index.wave(), index.mean(), treated));
            }
        }
        TwoWayFixedEffects.Estimate fit;
        try {
            fit = TwoWayFixedEffects.fit(observations);
        } catch (IllegalArgumentException e) {
            throw subgroup == null ? e : new IllegalArgumentException("subgroup " + subgroup.qualifier() + ": " + e.getMessage(), e);
        }

        Set<String> treatedUnits = observations.stream().filter(TwoWayFixedEffects.Observation::treated)
                .map(TwoWayFixedEffects.Observation::unit).collect(Collectors.toCollection(java.util.TreeSet::new));
        List<InterventionEffect.TreatedUnit> treated = new ArrayList<>();
        Map<String, Integer> firstWave = new HashMap<>();
        for (String unit : treatedUnits) {
            int first = firstWaveFrom(waves, start.get(unit));
            firstWave.put(unit, first);
            treated.add(new InterventionEffect.TreatedUnit(unit, start.get(unit), waves.get(first).wave()));
        }
        return new InterventionEffect(p.study(), p.type(), p.outcome(), p.scope().key(), p.position(), p.k(), List.of(p.outcome()),
                InterventionEffect.METHOD,
                fit.estimate(), fit.se(), fit.ciLow(), fit.ciHigh(), fit.nObs(), fit.clusters(), treatedUnits.size(), fit.regressors(),
                treated, eventTime(observations, firstWave), panel, excluded, caution(treatedUnits.size(), fit.clusters() - treatedUnits.size()));
    }

    /**
     * Each subgroup's effect minus the reference subgroup's, from the stacked, fully interacted model of both panels with
     * errors clustered by unit: both subgroups sit in the same units, so their estimates covary and the interval is exact
     * rather than conservative.
     */
    static List<Difference> differences(Breakdown<InterventionEffect> breakdown) {
        Breakdown.Group<InterventionEffect> reference = breakdown.groups().getFirst();
        TwoWayFixedEffects.Estimate a = TwoWayFixedEffects.fit(observations(reference.figures()));
        List<Difference> differences = new ArrayList<>();
        for (Breakdown.Group<InterventionEffect> group : breakdown.groups().subList(1, breakdown.groups().size())) {
            TwoWayFixedEffects.Contrast c = TwoWayFixedEffects.contrast(a, TwoWayFixedEffects.fit(observations(group.figures())));
            differences.add(new Difference(null, group.value(), reference.value(), c.estimate(), c.se(), c.ciLow(), c.ciHigh(), DIFFERENCE));
        }
        return differences;
    }

    static final String DIFFERENCE = "effect(value) - effect(reference) in one stacked two-way fixed-effects model, fully interacted "
            + "with the subgroup (each its own unit, wave and treatment coefficients); se clustered by unit across both subgroups (CR1, "
            + "G = units of either), so the covariance of the two effects is counted; 95% CI with t(0.975, G-1)";

    /** The panel an effect was fitted on, as observations again (waves in the panel's order). */
    private static List<TwoWayFixedEffects.Observation> observations(InterventionEffect effect) {
        Map<String, Integer> waves = new HashMap<>();
        return effect.panel().stream().map(row -> new TwoWayFixedEffects.Observation(row.unit(),
                waves.computeIfAbsent(row.wave(), w -> waves.size()), row.mean(), row.treated())).toList();
    }

    /** Clustered errors need several clusters on each side; with one, the treated cluster fits its own dummy almost exactly. */
    static String caution(int treated, int untreated) {
        if (treated >= 2 && untreated >= 2) {
            return null;
        }
        return "only " + treated + " treated and " + untreated + " never-treated unit(s): a unit-clustered standard error from so few"
                + " clusters on one side is not reliable (it can be near zero); read the event-time means instead";
    }

    /** Per unit, the earliest start of an intervention of the type that reaches it. */
    private static Map<String, LocalDate> firstStarts(List<Timeline.Intervention> interventions, UnitTree tree) {
        Map<String, LocalDate> start = new HashMap<>();
        for (Timeline.Intervention intervention : interventions) {
            for (String unit : tree.reach(intervention.units())) {
                start.merge(unit, intervention.startedOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return start;
    }

    static int firstWaveFrom(List<Timeline.Wave> waves, LocalDate started) {
        for (int w = 0; w < waves.size(); w++) {
            if (!started.isAfter(waves.get(w).opensOn())) {
                return w;
            }
        }
        throw new IllegalStateException("a treated unit has a start after every wave");
    }

    /**
     * Treated units' mean per wave relative to their first treated wave; beside it, the mean of the
     * never-treated units at the same calendar waves (weighted as the treated units are spread over them).
     */
    static List<InterventionEffect.EventTime> eventTime(List<TwoWayFixedEffects.Observation> observations,
                                                                Map<String, Integer> firstWave) {
        Map<Integer, List<Double>> neverTreatedAt = new HashMap<>();
        for (TwoWayFixedEffects.Observation o : observations) {
            if (!firstWave.containsKey(o.unit())) {
                neverTreatedAt.computeIfAbsent(o.wave(), w -> new ArrayList<>()).add(o.y());
            }
        }
        Map<Integer, List<TwoWayFixedEffects.Observation>> byRelative = new TreeMap<>();
        for (TwoWayFixedEffects.Observation o : observations) {
            Integer first = firstWave.get(o.unit());
            if (first != null) {
                byRelative.computeIfAbsent(o.wave() - first, e -> new ArrayList<>()).add(o);
            }
        }
        List<InterventionEffect.EventTime> rows = new ArrayList<>();
        byRelative.forEach((relative, treated) -> {
            List<Double> controls = new ArrayList<>();
            Set<Integer> calendarWaves = new java.util.HashSet<>();
            for (TwoWayFixedEffects.Observation o : treated) {
                List<Double> at = neverTreatedAt.get(o.wave());
                if (at != null) {
                    controls.add(at.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
                    calendarWaves.add(o.wave());
                }
            }
            int controlObs = calendarWaves.stream().mapToInt(w -> neverTreatedAt.get(w).size()).sum();
            rows.add(new InterventionEffect.EventTime(relative, mean(treated.stream().mapToDouble(TwoWayFixedEffects.Observation::y).average()),
                    treated.size(), mean(controls.stream().mapToDouble(Double::doubleValue).average()), controlObs));
        });
        return rows;
    }

    private static Double mean(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
