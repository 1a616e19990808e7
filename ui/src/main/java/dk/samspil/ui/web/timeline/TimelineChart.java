package dk.samspil.ui.web.timeline;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.timeline.Timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dk.samspil.ui.web.chart.Options.map;

/**
 * The timeline's chart on one time axis: wave windows as shaded areas, process steps as dashed
 * lines, each index as a line with its own symbol and dash, the citizen outcome on a second axis,
 * and interventions and organisational changes as labelled markers (shape and text, not colour alone).
 */
final class TimelineChart {

    /** What ECharts draws as a gap: a wave or month without a shown figure. */
    static final String GAP = "-";
    /** Where the marker rows sit on the index axis (1 to 5): interventions low, organisational changes high. */
    static final double INTERVENTION_ROW = 1.25;
    static final double INTERVENTION_STEP = 0.3;
    static final double CHANGE_ROW = 4.75;

    private static final List<String> INDEX_SYMBOLS = List.of("circle", "rect", "triangle");
    private static final List<String> INDEX_DASHES = List.of("solid", "dashed", "dotted");
    private static final Map<String, String> TYPE_SYMBOLS = Map.of("raadgivende_team", "roundRect", "handleteam", "pin",
            "proevehandling", "triangle", "temadag", "circle", "koordinationsteam", "rect", "other", "arrow");

    private TimelineChart() {
    }

    static Map<String, Object> option(TimelinePage page, TimelineTexts texts) {
        List<Object> series = new ArrayList<>();
        series.add(waves(page, texts));
        series.add(milestones(page, texts));
        for (int i = 0; i < page.instruments().size(); i++) {
            series.add(index(page, texts, page.instruments().get(i), i));
        }
        if (page.outcome() != null) {
            series.add(outcome(page, texts));
        }
        series.addAll(interventions(page, texts));
        if (!page.timeline().changes().isEmpty()) {
            series.add(changes(page, texts));
        }
        String[] bounds = bounds(page);
        return map(
                "aria", map("enabled", true, "decal", map("show", true)),
                "tooltip", map("trigger", "item"),
                "legend", map("top", 0, "type", "scroll"),
                "grid", map("left", 56, "right", 72, "top", 56, "bottom", 72),
                "xAxis", map("type", "time", "min", bounds[0], "max", bounds[1]),
                "yAxis", List.of(
                        map("type", "value", "name", texts.label("timeline.axis.index"), "min", 1, "max", 5),
                        map("type", "value", "name", page.outcome() == null ? "" : texts.outcome(page.outcome()),
                                "position", "right", "splitLine", map("show", false))),
                "dataZoom", List.of(map("type", "inside", "xAxisIndex", 0), map("type", "slider", "xAxisIndex", 0)),
                "series", series);
    }

    /** The axis span: the window around the chosen intervention's start, else every dated fact of the study. */
    static String[] bounds(TimelinePage page) {
        if (page.intervention().isPresent()) {
            LocalDate start = page.intervention().get().startedOn();
            return new String[]{start.minusMonths(page.window()).toString(), start.plusMonths(page.window()).toString()};
        }
        Timeline t = page.timeline();
        List<LocalDate> dates = Stream.of(
                t.waves().stream().flatMap(w -> Stream.of(w.opensOn(), w.closesOn())),
                t.milestones().stream().map(Timeline.MilestoneStep::reachedOn),
                t.interventions().stream().flatMap(i -> Stream.of(i.startedOn(), i.endedOn())),
                t.changes().stream().map(Timeline.Change::effectiveOn),
                page.months().stream().map(TimelinePage.OutcomeMonth::month))
                .flatMap(s -> s).filter(d -> d != null).sorted().toList();
        if (dates.isEmpty()) {
            return new String[]{null, null};
        }
        // a month's margin keeps the first and last markers off the axis edge
        return new String[]{dates.getFirst().minusMonths(1).withDayOfMonth(1).toString(),
                dates.getLast().plusMonths(1).withDayOfMonth(1).toString()};
    }

    private static Map<String, Object> waves(TimelinePage page, TimelineTexts texts) {
        List<Object> areas = new ArrayList<>();
        for (Timeline.Wave wave : page.timeline().waves()) {
            areas.add(List.of(map("name", wave.label(), "xAxis", wave.opensOn().toString()), map("xAxis", wave.closesOn().toString())));
        }
        return map("id", "waves", "name", texts.label("timeline.series.waves"), "type", "line", "data", List.of(),
                "markArea", map("silent", true, "itemStyle", map("color", "rgba(90, 110, 140, 0.14)"),
                        "label", map("show", true, "position", "insideTop"), "data", areas));
    }

    private static Map<String, Object> milestones(TimelinePage page, TimelineTexts texts) {
        List<Object> lines = new ArrayList<>();
        for (Timeline.MilestoneStep step : page.timeline().milestones()) {
            lines.add(map("name", texts.milestone(step), "xAxis", step.reachedOn().toString(),
                    "label", map("formatter", Integer.toString(step.step()))));
        }
        return map("id", "milestones", "name", texts.label("timeline.series.milestones"), "type", "line", "data", List.of(),
                "markLine", map("symbol", "none", "lineStyle", map("type", "dashed", "width", 1), "label", map("position", "end"),
                        "data", lines));
    }

    private static Map<String, Object> index(TimelinePage page, TimelineTexts texts, InstrumentRef ref, int order) {
        List<Object> data = new ArrayList<>();
        for (TimelinePage.WaveIndices wave : page.indices()) {
            Figure figure = wave.figures().get(ref);
            String id = ref + "@" + wave.wave().wave();
            data.add(figure.mean() == null
                    ? map("id", id, "value", List.of(wave.midpoint().toString(), GAP))
                    : map("id", id, "value", List.of(wave.midpoint().toString(), figure.mean()),
                    "label", map("show", true, "formatter", texts.mean(figure.mean()))));
        }
        return map("id", "index-" + ref, "name", texts.instrument(ref), "type", "line", "yAxisIndex", 0, "data", data,
                "symbol", INDEX_SYMBOLS.get(order % INDEX_SYMBOLS.size()), "symbolSize", 9,
                "lineStyle", map("type", INDEX_DASHES.get(order % INDEX_DASHES.size()), "width", 2.5));
    }

    private static Map<String, Object> outcome(TimelinePage page, TimelineTexts texts) {
        List<Object> data = new ArrayList<>();
        for (TimelinePage.OutcomeMonth month : page.months()) {
            data.add(List.of(month.month().toString(), month.mean() == null ? GAP : month.mean()));
        }
        return map("id", "outcome", "name", texts.outcome(page.outcome()), "type", "line", "yAxisIndex", 1, "data", data,
                "symbol", "emptyCircle", "symbolSize", 4, "lineStyle", map("width", 1.5, "opacity", 0.8));
    }

    /** One series per intervention type, so the legend names the type; markers on the same day are stacked. */
    private static List<Object> interventions(TimelinePage page, TimelineTexts texts) {
        Map<String, List<Object>> byType = new LinkedHashMap<>();
        Map<LocalDate, Integer> sameDay = new HashMap<>();
        for (Timeline.Intervention i : page.started()) {
            int stack = sameDay.merge(i.startedOn(), 1, Integer::sum) - 1;
            byType.computeIfAbsent(i.type(), t -> new ArrayList<>()).add(map("id", i.intervention(), "name", texts.intervention(i),
                    "value", List.of(i.startedOn().toString(), INTERVENTION_ROW + stack * INTERVENTION_STEP),
                    "label", map("show", true, "position", "right", "formatter", i.title())));
        }
        List<Object> series = new ArrayList<>();
        byType.forEach((type, data) -> series.add(map("id", "interventions-" + type, "name", texts.type(type), "type", "scatter",
                "yAxisIndex", 0, "symbol", TYPE_SYMBOLS.getOrDefault(type, "arrow"), "symbolSize", 16, "data", data)));
        return series;
    }

    private static Map<String, Object> changes(TimelinePage page, TimelineTexts texts) {
        List<Object> data = new ArrayList<>();
        List<Timeline.Change> changes = page.timeline().changes();
        for (int c = 0; c < changes.size(); c++) {
            Timeline.Change change = changes.get(c);
            data.add(map("id", "change-" + c, "name", texts.change(change),
                    "value", List.of(change.effectiveOn().toString(), CHANGE_ROW),
                    "label", map("show", true, "position", "bottom",
                            "formatter", texts.labelOr("timeline.change." + change.change(), change.change()))));
        }
        return map("id", "changes", "name", texts.label("timeline.series.changes"), "type", "scatter", "yAxisIndex", 0,
                "symbol", "diamond", "symbolSize", 14, "data", data);
    }
}
