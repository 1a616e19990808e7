package dk.samspil.ui.web.overview;

import dk.samspil.projections.overview.StudyOverview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.samspil.ui.web.chart.Options.everyLabel;
import static dk.samspil.ui.web.chart.Options.map;

/** The start page's chart: questionnaires per wave as bars, the study-wide RK index per wave as a labelled line. */
final class OverviewChart {

    /** What ECharts draws as a gap: a wave without a shown RK index. */
    static final String GAP = "-";

    private OverviewChart() {
    }

    static Map<String, Object> option(OverviewPage page, OverviewTexts texts) {
        List<StudyOverview.WaveResponse> waves = page.overview().waves();
        List<Object> labels = new ArrayList<>();
        List<Object> questionnaires = new ArrayList<>();
        List<Object> rk = new ArrayList<>();
        for (StudyOverview.WaveResponse wave : waves) {
            labels.add(wave.label());
            questionnaires.add(map("id", wave.wave(), "value", wave.questionnaires()));
            page.rk(wave.wave()).ifPresent(index -> rk.add(index.mean() == null
                    ? map("id", wave.wave(), "value", GAP)
                    : map("id", wave.wave(), "value", index.mean(), "label", map("show", true, "formatter", texts.mean(index.mean())))));
        }
        List<Object> series = new ArrayList<>();
        series.add(map("id", "questionnaires", "name", texts.label("overview.chart.questionnaires"), "type", "bar", "yAxisIndex", 1,
                "data", questionnaires, "label", map("show", true, "position", "inside"),
                "itemStyle", map("opacity", 0.55), "barMaxWidth", 48));
        List<Object> yAxes = new ArrayList<>();
        yAxes.add(map("type", "value", "name", texts.label("overview.chart.rk.axis"), "min", 1, "max", 5));
        yAxes.add(map("type", "value", "name", texts.label("overview.chart.questionnaires"), "position", "right",
                "splitLine", map("show", false)));
        if (!page.rkByWave().isEmpty()) {
            series.add(map("id", "rk", "name", texts.label("overview.chart.rk"), "type", "line", "yAxisIndex", 0, "data", rk,
                    "symbol", "circle", "symbolSize", 9, "lineStyle", map("width", 3), "connectNulls", false));
        }
        return map(
                "aria", map("enabled", true, "decal", map("show", true)),
                "tooltip", map("trigger", "axis"),
                "legend", map("top", 0),
                "grid", map("left", 56, "right", 64, "top", 48, "bottom", 64),
                "xAxis", map("type", "category", "data", labels, "name", texts.label("overview.chart.wave.axis"), "nameLocation", "middle",
                        "nameGap", 40, "axisLabel", everyLabel(124)),
                "yAxis", yAxes,
                "series", series);
    }
}
