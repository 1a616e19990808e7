package dk.samspil.ui.web.timeline;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.outcomes.OutcomePeriods;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.outcomes.OutcomeWindow;
import dk.samspil.projections.outcomes.PeriodLength;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.units.UnitIndexQuery;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.web.shell.Choices;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the timeline through the read-model queries, all at the position the address asks for. */
@Service("timelinePageQuery") // the read model's own TimelineQuery bean holds the name timelineQuery
record TimelineQuery(dk.samspil.projections.timeline.TimelineQuery timelines, UnitIndexQuery units, OutcomeSeriesQuery outcomes,
                     RelationMatrixQuery matrices) {

    /** The unit indices a programme manager follows, in the order the chart draws them. */
    static final List<InstrumentRef> INDICES = List.of(InstrumentRef.parse("rk@1"), InstrumentRef.parse("leadership@1"),
            InstrumentRef.parse("citizen@1"));

    /** The indices per wave, the outcome per period and the events, for one unit or the whole study. */
    TimelinePage page(StudyMoments.StudyMoment moment, TimelineRequest request) {
        StudySummary study = moment.study();
        AsOf asOf = moment.asOf();
        StudyId id = study.study();
        Timeline timeline = timelines.timeline(id, asOf);
        String unit = Choices.known(study.units(), request.unit());
        List<InstrumentRef> shown = INDICES.stream().filter(study.instruments()::contains).toList();
        // each instrument's index for every wave in one pass (a unit's, or over all the study's respondents)
        Map<InstrumentRef, Map<String, Figure>> perWave = new LinkedHashMap<>();
        shown.forEach(ref -> perWave.put(ref, units.perWave(id, ref, unit, asOf, moment.gate())));
        List<TimelinePage.WaveIndices> indices = new ArrayList<>();
        for (Timeline.Wave wave : timeline.waves()) {
            Map<InstrumentRef, Figure> figures = new LinkedHashMap<>();
            // a wave without answers is shown as empty, not as suppressed
            shown.forEach(ref -> figures.put(ref, perWave.get(ref).getOrDefault(wave.wave(), new Figure(null, 0, false))));
            indices.add(new TimelinePage.WaveIndices(wave, figures));
        }
        List<String> measured = outcomes.outcomes(id, asOf);
        String outcome = measured.contains(request.outcome()) ? request.outcome() : measured.isEmpty() ? null : measured.getFirst();
        Optional<Timeline.Intervention> intervention = timeline.interventions().stream()
                .filter(i -> i.startedOn() != null && i.intervention().equals(request.intervention())).findFirst();
        TimelinePage.OutcomeStory story = outcome == null ? null
                : story(moment, timeline, outcome, unit, intervention, request.period());
        int window = request.window() == null ? Analyses.DEFAULT_WINDOW_MONTHS : request.window();
        return new TimelinePage(study, timeline, unit, shown, indices, measured, outcome, story, intervention, window,
                request, moment.position(), moment.k());
    }

    /** The outcome at every period length (to choose per unit), and before/after the intervention, through the moment's gate. */
    private TimelinePage.OutcomeStory story(StudyMoments.StudyMoment moment, Timeline timeline, String outcome, String unit,
                                            Optional<Timeline.Intervention> intervention, PeriodLength asked) {
        StudyId id = moment.study().study();
        Map<PeriodLength, OutcomePeriods> lengths = outcomes.periods(id, outcome, List.of(PeriodLength.values()), moment.asOf(),
                moment.gate());
        Map<String, PeriodLength> perUnit = new LinkedHashMap<>();
        moment.study().units().stream().filter(u -> !lengths.get(PeriodLength.YEAR).of(u.key()).isEmpty())
                .forEach(u -> perUnit.put(u.key(), OutcomePeriods.shortestShown(lengths, u.key())));
        PeriodLength length = asked != null ? asked : OutcomePeriods.shortestShown(lengths, unit);
        Optional<OutcomeWindow> window = intervention.flatMap(i -> outcomes.window(id, outcome, i,
                OutcomeSeriesQuery.WINDOW_MONTHS, moment.asOf(), moment.gate()));
        TimelinePage.OutcomeStory.Targets targets = intervention.map(i -> targets(moment, timeline, i))
                .orElse(TimelinePage.OutcomeStory.Targets.NONE);
        return new TimelinePage.OutcomeStory(length, asked != null, perUnit, lengths.get(length).of(unit), window, targets);
    }

    /**
     * The relations among the groups the intervention targets, in each wave of the 18 months either side of its start,
     * among the raters of its unit (of the whole study when it names several), on the study's RK instrument.
     */
    private TimelinePage.OutcomeStory.Targets targets(StudyMoments.StudyMoment moment, Timeline timeline, Timeline.Intervention i) {
        StudySummary study = moment.study();
        InstrumentRef rk = InstrumentRef.parse("rk@1");
        if (!study.relationalInstruments().contains(rk) || i.groups().size() < 2) {
            return TimelinePage.OutcomeStory.Targets.NONE;
        }
        String unit = i.units().size() == 1 ? i.units().getFirst() : null;
        java.time.LocalDate from = i.startedOn().withDayOfMonth(1).minusMonths(OutcomeSeriesQuery.WINDOW_MONTHS);
        java.time.LocalDate to = i.startedOn().withDayOfMonth(1).plusMonths(OutcomeSeriesQuery.WINDOW_MONTHS);
        List<Timeline.Wave> waves = timeline.waves().stream().filter(w -> w.closesOn().isAfter(from) && w.opensOn().isBefore(to)).toList();
        List<RelationMatrix> matrices = waves.stream()
                .map(w -> this.matrices.matrix(study.study(), WaveKey.of(w.wave()), rk, unit, moment.asOf(), moment.gate())).toList();
        // in the order the study defines its groups, as the matrix shows them
        List<String> groups = study.groups().stream().map(StudySummary.Named::key).filter(i.groups()::contains).toList();
        List<TimelinePage.OutcomeStory.TargetedRelation> relations = new ArrayList<>();
        for (String rater : groups) {
            for (String target : groups) {
                if (!rater.equals(target)) {
                    relations.add(new TimelinePage.OutcomeStory.TargetedRelation(rater, target,
                            matrices.stream().map(m -> m.cell(GroupKey.of(rater), GroupKey.of(target))).toList()));
                }
            }
        }
        return new TimelinePage.OutcomeStory.Targets(rk, unit, waves, relations);
    }
}
