package dk.samspil.ui.web.interventions;

import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.web.chart.Chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.samspil.ui.web.chart.Options.map;

/**
 * The study's interventions as bars from start to end (to today while running), one legend entry per
 * type, with the organisational changes as dated vertical lines: when what happened, at a glance.
 */
final class InterventionsChart {

    private InterventionsChart() {
    }

    static Chart of(Timeline timeline, Labels labels, LocalDate today, String description, String running) {
        List<Timeline.Intervention> started = timeline.interventions().stream().filter(i -> i.startedOn() != null).toList();
        List<String> rows = started.stream().map(Timeline.Intervention::intervention).toList();
        Map<String, List<Object>> byType = new LinkedHashMap<>();
        for (Timeline.Intervention i : started) {
            List<Object> data = byType.computeIfAbsent(i.type(), t -> new ArrayList<>());
            if (!data.isEmpty()) {
                // an empty value breaks the line, so each intervention is a bar of its own
                data.add("-");
            }
            LocalDate end = i.endedOn() == null ? today : i.endedOn();
            String label = i.title() + (i.endedOn() == null ? " (" + running + ")" : "");
            data.add(map("value", List.of(i.startedOn().toString(), i.intervention()), "name", label));
            data.add(map("value", List.of(end.toString(), i.intervention()), "name", label));
        }
        List<Object> series = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Object>> type : byType.entrySet()) {
            // each type its own dash pattern as well as its own colour
            String dash = List.of("solid", "dashed", "dotted").get(n++ % 3);
            series.add(map("type", "line", "name", labels.type(type.getKey()), "data", type.getValue(), "symbol", "rect",
                    "symbolSize", 6, "lineStyle", map("width", 10, "type", dash), "connectNulls", false));
        }
        if (!series.isEmpty() && !timeline.changes().isEmpty()) {
            List<Object> lines = timeline.changes().stream().map(c -> (Object) map("xAxis", c.effectiveOn().toString(),
                    "label", map("formatter", labels.change(c.change()), "position", "end"))).toList();
            @SuppressWarnings("unchecked")
            Map<String, Object> first = (Map<String, Object>) series.getFirst();
            first.put("markLine", map("symbol", "none", "lineStyle", map("type", "dashed", "color", "#555"), "data", lines));
        }
        Chart chart = new Chart(description, Math.max(12, 4 + 2 * rows.size()) + "rem");
        chart.setId("interventions-chart");
        chart.option(map("animation", false,
                "aria", map("enabled", true),
                "tooltip", map("trigger", "item", "formatter", "{b}"),
                "legend", map("top", 0),
                "grid", map("left", 8, "right", 24, "top", 36, "bottom", 8, "containLabel", true),
                "xAxis", map("type", "time"),
                "yAxis", map("type", "category", "data", rows, "inverse", true),
                "series", series));
        return chart;
    }
}
