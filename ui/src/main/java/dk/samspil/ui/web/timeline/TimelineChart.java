package dk.samspil.ui.web.timeline;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.projections.outcomes.OutcomePeriods;
import dk.samspil.projections.outcomes.OutcomeWindow;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.timeline.Timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dk.samspil.ui.web.chart.Options.map;

/**
 * The timeline's chart: three panels on one time axis. Above, the indices per wave over the shaded wave
 * windows and the process steps' dashed lines; in the middle, interventions, organisational changes and
 * process steps as markers in lanes that keep their labels apart (the detail in tooltips); below, the
 * citizen outcome per period on its own axis, with the level before and after the chosen intervention.
 */
final class TimelineChart {

    /** What ECharts draws as a gap: a wave or period without a shown figure. */
    static final String GAP = "-";
    /** The panels' places, in pixels from the top. */
    /** Room above the indices for the legend (two lines) and the waves' names (up to three lines each). */
    static final int INDEX_TOP = 112;
    static final int INDEX_HEIGHT = 170;
    static final int LANE_HEIGHT = 22;
    static final int OUTCOME_HEIGHT = 130;
    private static final int PANEL_GAP = 34;
    private static final int OUTCOME_TITLE = 30;
    private static final int AXIS_LABELS = 36;

    private static final List<String> INDEX_SYMBOLS = List.of("circle", "rect", "triangle");
    private static final List<String> INDEX_DASHES = List.of("solid", "dashed", "dotted");
    private static final Map<String, String> TYPE_SYMBOLS = Map.of("raadgivende_team", "roundRect", "handleteam", "pin",
            "proevehandling", "triangle", "temadag", "circle", "koordinationsteam", "rect", "other", "arrow");

    /** A marker in the lanes: what it is (its series), where, its label and its tooltip. */
    private record Marker(String series, String id, LocalDate on, String label, String detail) {
    }

    private TimelineChart() {
    }

    /** The chart's option and the height it needs, in pixels. */
    record Drawn(Map<String, Object> option, int height) {
    }

    static Drawn draw(TimelinePage page, TimelineTexts texts) {
        String[] bounds = bounds(page);
        LocalDate from = bounds[0] == null ? LocalDate.now() : LocalDate.parse(bounds[0]);
        LocalDate to = bounds[1] == null ? from.plusYears(1) : LocalDate.parse(bounds[1]);
        List<TimelineLanes.Placed<Marker>> placed = lanes(page, texts, from, to);
        int lanes = TimelineLanes.count(placed);
        int laneTop = INDEX_TOP + INDEX_HEIGHT + PANEL_GAP;
        int outcomeTop = laneTop + lanes * LANE_HEIGHT + PANEL_GAP + OUTCOME_TITLE;
        boolean outcome = page.story() != null;
        int height = (outcome ? outcomeTop + OUTCOME_HEIGHT : laneTop + lanes * LANE_HEIGHT) + AXIS_LABELS;

        List<Object> series = new ArrayList<>();
        series.add(waves(page, texts, from, to));
        series.add(milestones(page, texts));
        for (int i = 0; i < page.instruments().size(); i++) {
            series.add(index(page, texts, page.instruments().get(i), i));
        }
        series.addAll(markers(placed, texts));
        List<Object> grids = new ArrayList<>(List.of(grid(INDEX_TOP, INDEX_HEIGHT), grid(laneTop, lanes * LANE_HEIGHT)));
        List<Object> xAxes = new ArrayList<>(List.of(time(0, bounds, true), time(1, bounds, false)));
        List<Object> yAxes = new ArrayList<>(List.of(
                map("type", "value", "gridIndex", 0, "name", texts.label("timeline.axis.index"), "nameLocation", "middle", "nameGap", 32,
                        "min", 1, "max", 5),
                map("type", "value", "gridIndex", 1, "min", -0.5, "max", lanes - 0.5, "inverse", true, "show", false)));
        List<Object> titles = new ArrayList<>();
        if (outcome) {
            grids.add(grid(outcomeTop, OUTCOME_HEIGHT));
            xAxes.add(time(2, bounds, true));
            yAxes.add(map("type", "value", "gridIndex", 2, "scale", true, "splitNumber", 3));
            titles.add(map("text", texts.outcomeTitle(), "left", 56, "top", outcomeTop - OUTCOME_TITLE,
                    "textStyle", map("fontSize", 13, "fontWeight", "normal")));
            series.add(outcome(page, texts));
            page.story().window().ifPresent(w -> series.add(beforeAfter(w, texts, from, to)));
        }
        return new Drawn(map(
                "aria", map("enabled", true, "decal", map("show", true)),
                "title", titles,
                "tooltip", map("trigger", "item"),
                // a legend that wraps to a second line rather than one that pages: a pager covers the names it cuts
                "legend", map("top", 0, "left", 40, "right", 40, "type", "plain"),
                "grid", grids,
                "xAxis", xAxes,
                "yAxis", yAxes,
                "dataZoom", List.of(map("type", "inside", "xAxisIndex", outcome ? List.of(0, 1, 2) : List.of(0, 1))),
                "series", series), height);
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
                page.story() == null ? Stream.<LocalDate>empty()
                        : page.story().periods().stream().flatMap(p -> Stream.of(p.from(), p.from().plusMonths(page.story().length().months()))))
                .flatMap(s -> s).filter(d -> d != null).sorted().toList();
        if (dates.isEmpty()) {
            return new String[]{null, null};
        }
        // a month's margin keeps the first and last markers off the axis edge
        return new String[]{dates.getFirst().minusMonths(1).withDayOfMonth(1).toString(),
                dates.getLast().plusMonths(1).withDayOfMonth(1).toString()};
    }

    private static Map<String, Object> grid(int top, int height) {
        return map("left", 64, "right", 40, "top", top, "height", height);
    }

    private static Map<String, Object> time(int grid, String[] bounds, boolean labelled) {
        // dates as the tables write them: a year, or a year and month
        // the span's ends are a month's margin, not dates of their own: their labels would sit on the value axis' own
        return map("type", "time", "gridIndex", grid, "min", bounds[0], "max", bounds[1], "axisLine", map("show", labelled),
                "axisTick", map("show", labelled), "axisLabel", map("show", labelled, "hideOverlap", true, "showMinLabel", false,
                        "showMaxLabel", false, "formatter", map("year", "{yyyy}", "month", "{yyyy}-{MM}", "day", "{yyyy}-{MM}-{dd}")));
    }

    /** The waves' windows shaded, each named above the plot in lines as wide as the room to the next wave, or a long word. */
    private static Map<String, Object> waves(TimelinePage page, TimelineTexts texts, LocalDate from, LocalDate to) {
        List<Timeline.Wave> waves = page.timeline().waves();
        double pixelsPerDay = TimelineLanes.PLOT_PIXELS / Math.max(1, to.toEpochDay() - from.toEpochDay());
        long closest = java.util.stream.IntStream.range(1, waves.size())
                .mapToLong(w -> waves.get(w).opensOn().toEpochDay() - waves.get(w - 1).opensOn().toEpochDay()).min().orElse(365);
        int width = (int) Math.max(120, Math.min(170, closest * pixelsPerDay - 12));
        List<Object> areas = new ArrayList<>();
        for (Timeline.Wave wave : waves) {
            areas.add(List.of(map("name", wave.label(), "xAxis", wave.opensOn().toString()), map("xAxis", wave.closesOn().toString())));
        }
        return map("id", "waves", "name", texts.label("timeline.series.waves"), "type", "line", "data", List.of(),
                "markArea", map("silent", true, "itemStyle", map("color", "rgba(90, 110, 140, 0.14)"),
                        "label", map("show", true, "position", "top", "color", "#3b4a5c", "width", width, "overflow", "break", "lineHeight", 13,
                                "align", "center"), "data", areas));
    }

    /** The steps as dashed lines over the indices; their numbers are markers in the lanes. */
    private static Map<String, Object> milestones(TimelinePage page, TimelineTexts texts) {
        List<Object> lines = new ArrayList<>();
        for (Timeline.MilestoneStep step : page.timeline().milestones()) {
            lines.add(map("name", texts.milestone(step), "xAxis", step.reachedOn().toString()));
        }
        return map("id", "milestones", "name", texts.label("timeline.series.milestones"), "type", "line", "data", List.of(),
                "markLine", map("symbol", "none", "lineStyle", map("type", "dashed", "width", 1), "label", map("show", false),
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
                    "label", map("show", true, "position", labelPosition(wave, ref), "distance", 7,
                            "formatter", texts.mean(figure.mean()))));
        }
        // the indices of a wave sit at one point in time: a label that would cover another's is left to the tooltip
        return map("id", "index-" + ref, "name", texts.instrument(ref), "type", "line", "xAxisIndex", 0, "yAxisIndex", 0, "data", data,
                "symbol", INDEX_SYMBOLS.get(order % INDEX_SYMBOLS.size()), "symbolSize", 9, "labelLayout", map("hideOverlap", true),
                "lineStyle", map("type", INDEX_DASHES.get(order % INDEX_DASHES.size()), "width", 2.5));
    }

    /**
     * Where an index writes its value: the indices of a wave sit at one point in time, so the highest writes above its
     * point, the lowest below and any between beside it, where no other value is.
     */
    static String labelPosition(TimelinePage.WaveIndices wave, InstrumentRef ref) {
        List<Double> means = wave.figures().values().stream().map(Figure::mean).filter(m -> m != null).sorted().toList();
        double mean = wave.figures().get(ref).mean();
        return mean == means.getLast() ? "top" : mean == means.getFirst() ? "bottom" : "right";
    }

    /** Interventions by type, then organisational changes, then process steps, each kind in lanes of its own. */
    private static List<TimelineLanes.Placed<Marker>> lanes(TimelinePage page, TimelineTexts texts, LocalDate from, LocalDate to) {
        List<Marker> interventions = new ArrayList<>();
        for (Timeline.Intervention i : page.started()) {
            interventions.add(new Marker("interventions-" + i.type(), i.intervention(), i.startedOn(), i.title(), texts.intervention(i)));
        }
        List<Marker> changes = new ArrayList<>();
        for (int c = 0; c < page.timeline().changes().size(); c++) {
            Timeline.Change change = page.timeline().changes().get(c);
            changes.add(new Marker("changes", "change-" + c, change.effectiveOn(),
                    texts.labelOr("timeline.change." + change.change(), change.change()), texts.change(change)));
        }
        List<Marker> steps = new ArrayList<>();
        for (Timeline.MilestoneStep step : page.timeline().milestones()) {
            steps.add(new Marker("milestone-steps", "milestone-" + step.milestone(), step.reachedOn(), Integer.toString(step.step()),
                    texts.milestone(step)));
        }
        List<TimelineLanes.Placed<Marker>> all = new ArrayList<>();
        int offset = 0;
        for (List<Marker> kind : List.of(interventions, changes, steps)) {
            List<TimelineLanes.Placed<Marker>> placed = TimelineLanes.place(kind, Marker::on, Marker::label, from, to);
            for (TimelineLanes.Placed<Marker> p : placed) {
                all.add(new TimelineLanes.Placed<>(p.item(), offset + p.lane()));
            }
            offset += kind.isEmpty() ? 0 : TimelineLanes.count(placed);
        }
        return all;
    }

    private static List<Object> markers(List<TimelineLanes.Placed<Marker>> placed, TimelineTexts texts) {
        Map<String, List<Object>> bySeries = new LinkedHashMap<>();
        for (TimelineLanes.Placed<Marker> p : placed) {
            Marker m = p.item();
            bySeries.computeIfAbsent(m.series(), s -> new ArrayList<>()).add(map("id", m.id(), "name", m.detail(),
                    "value", List.of(m.on().toString(), p.lane()), "label", map("show", true, "position", "right", "formatter", m.label())));
        }
        List<Object> series = new ArrayList<>();
        bySeries.forEach((id, data) -> {
            String name;
            String symbol;
            if (id.equals("changes")) {
                name = texts.label("timeline.series.changes");
                symbol = "diamond";
            } else if (id.equals("milestone-steps")) {
                name = texts.label("timeline.series.milestones");
                symbol = "emptyCircle";
            } else {
                String type = id.substring("interventions-".length());
                name = texts.type(type);
                symbol = TYPE_SYMBOLS.getOrDefault(type, "arrow");
            }
            series.add(map("id", id, "name", name, "type", "scatter", "xAxisIndex", 1, "yAxisIndex", 1, "symbol", symbol, "symbolSize", 14,
                    "data", data));
        });
        return series;
    }

    private static Map<String, Object> outcome(TimelinePage page, TimelineTexts texts) {
        TimelinePage.OutcomeStory story = page.story();
        List<Object> data = new ArrayList<>();
        for (OutcomePeriods.Period period : story.periods()) {
            String at = TimelinePage.OutcomeStory.midpoint(period, story.length()).toString();
            data.add(map("id", "outcome-" + period.from(), "name", texts.period(period.from(), story.length()),
                    "value", List.of(at, period.shown() ? period.figure().mean() : GAP)));
        }
        return map("id", "outcome", "name", texts.outcome(page.outcome()), "type", "line", "xAxisIndex", 2, "yAxisIndex", 2,
                "data", data, "symbol", "circle", "symbolSize", 7, "lineStyle", map("width", 2));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The level before the start and from it on, each a flat segment over its months, labelled at the start. */
    private static Map<String, Object> beforeAfter(OutcomeWindow window, TimelineTexts texts, LocalDate from, LocalDate to) {
        LocalDate start = window.startedOn().withDayOfMonth(1);
        // within the axis: a segment reaching past it would lose its end point
        String first = max(start.minusMonths(window.months()), from).toString();
        String last = min(start.plusMonths(window.months()), to).toString();
        Object before = window.before().mean() == null ? GAP : window.before().mean();
        Object after = window.after().mean() == null ? GAP : window.after().mean();
        List<Object> data = List.of(
                map("value", List.of(first, before)),
                map("value", List.of(start.toString(), before), "label", map("show", window.before().mean() != null, "position", "left",
                        "formatter", texts.label("timeline.story.before.short", texts.figure(window.before())))),
                map("value", List.of(start.toString(), GAP)),
                map("value", List.of(start.toString(), after), "label", map("show", window.after().mean() != null, "position", "right",
                        "formatter", texts.label("timeline.story.after.short", texts.figure(window.after())))),
                map("value", List.of(last, after)));
        return map("id", "outcome-before-after", "name", texts.label("timeline.story.series"), "type", "line", "xAxisIndex", 2,
                "yAxisIndex", 2, "data", data, "symbol", "none", "lineStyle", map("type", "dashed", "width", 2));
    }
}
