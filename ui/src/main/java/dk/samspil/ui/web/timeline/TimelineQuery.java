package dk.samspil.ui.web.timeline;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.asof.AsOf;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the timeline through the read-model queries, all at the position the address asks for. */
@Service("timelinePageQuery") // the read model's own TimelineQuery bean holds the name timelineQuery
record TimelineQuery(dk.samspil.projections.timeline.TimelineQuery timelines, UnitIndexQuery units, OutcomeSeriesQuery outcomes) {

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
        TimelinePage.OutcomeStory story = outcome == null ? null : story(moment, outcome, unit, intervention, request.period());
        int window = request.window() == null ? Analyses.DEFAULT_WINDOW_MONTHS : request.window();
        return new TimelinePage(study, timeline, unit, shown, indices, measured, outcome, story, intervention, window,
                request, moment.position(), moment.k());
    }

    /** The outcome at every period length (to choose per unit), and before/after the intervention, through the moment's gate. */
    private TimelinePage.OutcomeStory story(StudyMoments.StudyMoment moment, String outcome, String unit,
                                            Optional<Timeline.Intervention> intervention, PeriodLength asked) {
        StudyId id = moment.study().study();
        Map<PeriodLength, OutcomePeriods> lengths = new EnumMap<>(PeriodLength.class);
        for (PeriodLength length : PeriodLength.values()) {
            lengths.put(length, outcomes.periods(id, outcome, length, moment.asOf(), moment.gate()));
        }
        Map<String, PeriodLength> perUnit = new LinkedHashMap<>();
        moment.study().units().stream().filter(u -> !lengths.get(PeriodLength.YEAR).of(u.key()).isEmpty())
                .forEach(u -> perUnit.put(u.key(), OutcomePeriods.shortestShown(lengths, u.key())));
        PeriodLength length = asked != null ? asked : OutcomePeriods.shortestShown(lengths, unit);
        Optional<OutcomeWindow> window = intervention.flatMap(i -> outcomes.window(id, outcome, i.intervention(),
                OutcomeSeriesQuery.WINDOW_MONTHS, moment.asOf(), moment.gate()));
        return new TimelinePage.OutcomeStory(length, asked != null, perUnit, lengths.get(length).of(unit), window);
    }
}
