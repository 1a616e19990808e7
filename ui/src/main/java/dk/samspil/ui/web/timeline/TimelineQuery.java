package dk.samspil.ui.web.timeline;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.outcomes.OutcomeMonths;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.units.UnitIndexQuery;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.web.shell.Choices;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the timeline through the read-model queries, all at the position the address asks for. */
@Service("timelinePageQuery") // the read model's own TimelineQuery bean holds the name timelineQuery
record TimelineQuery(dk.samspil.projections.timeline.TimelineQuery timelines, UnitIndexQuery units, OutcomeSeriesQuery outcomes) {

    /** The unit indices a programme manager follows, in the order the chart draws them. */
    static final List<InstrumentRef> INDICES = List.of(InstrumentRef.parse("rk@1"), InstrumentRef.parse("leadership@1"),
            InstrumentRef.parse("citizen@1"));

    /** The indices per wave, the outcome per month and the events, for one unit or the whole study. */
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
        List<TimelinePage.OutcomeMonth> months = outcome == null ? List.of() : months(outcomes.monthly(id, outcome, asOf, moment.gate()), unit);
        Optional<Timeline.Intervention> intervention = timeline.interventions().stream()
                .filter(i -> i.startedOn() != null && i.intervention().equals(request.intervention())).findFirst();
        int window = request.window() == null ? Analyses.DEFAULT_WINDOW_MONTHS : request.window();
        return new TimelinePage(study, timeline, unit, shown, indices, measured, outcome, months, intervention, window,
                request, moment.position(), moment.k());
    }

    /** The unit's months, or per month the mean over the units whose month is shown (n summed over them). */
    private static List<TimelinePage.OutcomeMonth> months(OutcomeMonths series, String unit) {
        if (unit != null) {
            return series.months().stream().filter(m -> m.unit().equals(unit))
                    .map(m -> new TimelinePage.OutcomeMonth(m.month(), m.mean(), m.n(), m.suppressed())).toList();
        }
        Map<LocalDate, List<OutcomeMonths.Month>> byMonth = new TreeMap<>();
        series.months().forEach(m -> byMonth.computeIfAbsent(m.month(), x -> new ArrayList<>()).add(m));
        List<TimelinePage.OutcomeMonth> months = new ArrayList<>();
        byMonth.forEach((month, units) -> {
            List<OutcomeMonths.Month> shown = units.stream().filter(m -> !m.suppressed() && m.mean() != null).toList();
            if (shown.isEmpty()) {
                months.add(new TimelinePage.OutcomeMonth(month, null, 0, true));
            } else {
                double mean = shown.stream().mapToDouble(OutcomeMonths.Month::mean).average().orElseThrow();
                months.add(new TimelinePage.OutcomeMonth(month, mean, shown.stream().mapToInt(OutcomeMonths.Month::n).sum(), false));
            }
        });
        return months;
    }
}
