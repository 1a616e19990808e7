package dk.samspil.ui.web.effects;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.attributes.Difference;
import dk.samspil.ui.web.chart.Options;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** An intervention effect drawn as an estimate with its 95% interval and as event-time means, with its numbers. */
final class EffectFigures {

    private final EffectsTexts texts;

    EffectFigures(EffectsTexts texts) {
        this.texts = texts;
    }

    /** One row of a forest plot: whose effect, and the estimate with its 95% interval. */
    record Row(String label, double estimate, double ciLow, double ciHigh) {

        static Row of(String label, InterventionEffect effect) {
            return new Row(label, effect.estimate(), effect.ciLow(), effect.ciHigh());
        }
    }

    /** A forest plot of one row: the estimate as a diamond on its interval, against a dashed zero. */
    Map<String, Object> forestOption(InterventionEffect effect, String subject) {
        return forestOption(List.of(Row.of(texts.typeName(effect.type()), effect)), subject);
    }

    /** A forest plot, a row each from the top: each estimate as a diamond on its interval, against a dashed zero. */
    Map<String, Object> forestOption(List<Row> rows, String subject) {
        List<Object> series = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> interval = Options.map("type", "line", "name", texts.label("effects.ci"),
                    "data", List.of(List.of(row.ciLow(), row.label()), List.of(row.ciHigh(), row.label())),
                    "symbol", "rect", "symbolSize", List.of(3, 16), "lineStyle", Options.map("width", 3, "color", "#1f3a5f"),
                    "itemStyle", Options.map("color", "#1f3a5f"),
                    "tooltip", Options.map("formatter", row.label() + ", " + texts.label("effects.ci") + ": "
                            + texts.interval(row.ciLow(), row.ciHigh())));
            if (series.isEmpty()) {
                interval.put("markLine", Options.map("symbol", "none", "silent", true, "lineStyle", Options.map("type", "dashed", "color", "#555555"),
                        "label", Options.map("formatter", texts.label("effects.forest.zero")), "data", List.of(Options.map("xAxis", 0))));
            }
            series.add(interval);
        }
        // each diamond labelled as the page writes numbers
        series.add(Options.map("type", "scatter", "name", texts.label("effects.estimate"),
                "symbol", "diamond", "symbolSize", 16, "itemStyle", Options.map("color", "#1f3a5f"),
                "label", Options.map("show", true, "position", "top"),
                "data", rows.stream().map(row -> Options.map("value", List.of(row.estimate(), row.label()),
                        "label", Options.map("formatter", texts.number(row.estimate(), 4)),
                        "tooltip", Options.map("formatter", subject + (rows.size() > 1 ? ", " + row.label() : "") + ": "
                                + texts.number(row.estimate(), 4)))).toList()));
        // room left of the plot for the longest row name, at about 7 px a character of the axis's 12 px font
        int left = Math.max(140, 16 + 7 * rows.stream().mapToInt(row -> row.label().length()).max().orElse(0));
        return Options.map(
                "aria", Options.map("enabled", true),
                "tooltip", Options.map("trigger", "item"),
                "grid", Options.map("left", left, "right", 32, "top", 24, "bottom", 40),
                "xAxis", Options.map("type", "value", "name", texts.label("effects.forest.axis"), "nameLocation", "middle", "nameGap", 26),
                "yAxis", Options.map("type", "category", "inverse", true, "data", rows.stream().map(Row::label).toList()),
                "series", series);
    }

    /** The treated units' and the never-treated units' means by wave relative to the start, the start marked. */
    Map<String, Object> eventTimeOption(InterventionEffect effect) {
        List<String> relative = effect.eventTime().stream().map(e -> Integer.toString(e.relativeWave())).toList();
        List<Object> treated = effect.eventTime().stream().map(e -> (Object) (e.treatedMean() == null ? "-" : e.treatedMean())).toList();
        List<Object> never = effect.eventTime().stream().map(e -> (Object) (e.neverTreatedMean() == null ? "-" : e.neverTreatedMean())).toList();
        return Options.map(
                "aria", Options.map("enabled", true),
                "tooltip", Options.map("trigger", "axis"),
                "legend", Options.map("top", 0),
                "grid", Options.map("left", 56, "right", 32, "top", 40, "bottom", 48),
                "xAxis", Options.map("type", "category", "data", relative, "name", texts.label("effects.eventTime.axis"),
                        "nameLocation", "middle", "nameGap", 28),
                "yAxis", Options.map("type", "value", "scale", true, "name", texts.label("effects.eventTime.mean")),
                "series", List.of(
                        Options.map("type", "line", "name", texts.label("effects.eventTime.treated"), "data", treated,
                                "symbol", "circle", "symbolSize", 9, "lineStyle", Options.map("type", "solid", "width", 3),
                                "markLine", Options.map("symbol", "none", "silent", true,
                                        "lineStyle", Options.map("type", "dotted", "color", "#555555"),
                                        "label", Options.map("formatter", texts.label("effects.eventTime.start")),
                                        "data", List.of(Options.map("xAxis", "0")))),
                        Options.map("type", "line", "name", texts.label("effects.eventTime.never"), "data", never,
                                "symbol", "triangle", "symbolSize", 9, "lineStyle", Options.map("type", "dashed", "width", 2))));
    }

    List<Figure> figures(InterventionEffect effect) {
        return List.of(
                new Figure("estimate", texts.label("effects.estimate"), texts.number(effect.estimate(), 4)),
                new Figure("se", texts.label("effects.se"), texts.number(effect.se(), 4)),
                new Figure("ci", texts.label("effects.ci"), texts.interval(effect.ciLow(), effect.ciHigh())),
                new Figure("n_obs", texts.label("effects.nObs"), Integer.toString(effect.nObs())),
                new Figure("clusters", texts.label("effects.clusters"), Integer.toString(effect.clusters())),
                new Figure("n_treated", texts.label("effects.nTreated"), Integer.toString(effect.nTreated())),
                new Figure("treated_units", texts.label("effects.treatedUnits"), effect.treatedUnits().stream()
                        .map(u -> texts.label("effects.treatedUnit", texts.unitName(u.unit()), String.valueOf(u.startedOn()),
                                u.firstTreatedWave()))
                        .collect(Collectors.joining("; "))),
                new Figure("excluded", texts.label("effects.excludedUnitWaves"), Integer.toString(effect.excluded().size())),
                new Figure("caution", texts.label("effects.caution"), effect.caution() == null ? EffectsTexts.NONE
                        : texts.label("effects.caution.few", Integer.toString(effect.nTreated()),
                        Integer.toString(effect.clusters() - effect.nTreated()))),
                new Figure("method", texts.label("effects.method"), texts.method(effect.method())),
                new Figure("position", texts.label("effects.position"), Long.toString(effect.asOfPosition())),
                new Figure("k", "k", Integer.toString(effect.k())));
    }

    /** Each value's effect against the first value's, from one stacked model, as lines of the numbers grid. */
    List<Figure> differences(Breakdown<InterventionEffect> breakdown, AttributeSpec attribute, Locale locale) {
        List<Figure> figures = new ArrayList<>();
        for (Difference d : breakdown.differences()) {
            String name = texts.label("effects.by.difference", label(attribute, d.value(), locale), label(attribute, d.reference(), locale));
            figures.add(new Figure("difference-" + d.value(), name, d.estimate() == null ? EffectsTexts.NONE
                    : texts.label("effects.by.differenceValue", texts.number(d.estimate(), 4), texts.interval(d.ciLow(), d.ciHigh()))));
        }
        breakdown.differences().stream().findFirst().ifPresent(d -> figures.add(new Figure("difference-method", texts.label("effects.method"),
                texts.method(d.method()))));
        return figures;
    }

    /** A value's label in the page's language. */
    static String label(AttributeSpec attribute, String value, Locale locale) {
        return attribute.value(value).map(v -> v.label().in(locale)).orElse(value);
    }

    /** A number column's least width: five fit beside the chart without scrolling; their headers wrap. */
    private static final String NUMBER_COLUMN = "4.5rem";

    Grid<InterventionEffect.EventTime> eventTimeGrid(InterventionEffect effect) {
        Grid<InterventionEffect.EventTime> grid = new Grid<>();
        grid.setId("effects-event-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Integer.toString(e.relativeWave())).setHeader(texts.label("effects.eventTime.axis"))
                .setTextAlign(ColumnTextAlign.END).setWidth(NUMBER_COLUMN).setFlexGrow(1);
        grid.addColumn(e -> texts.optional(e.treatedMean(), 3)).setHeader(texts.label("effects.eventTime.treated"))
                .setTextAlign(ColumnTextAlign.END).setWidth(NUMBER_COLUMN).setFlexGrow(1);
        grid.addColumn(e -> Integer.toString(e.treatedObs())).setHeader(texts.label("effects.eventTime.obs"))
                .setTextAlign(ColumnTextAlign.END).setWidth(NUMBER_COLUMN).setFlexGrow(1);
        grid.addColumn(e -> texts.optional(e.neverTreatedMean(), 3)).setHeader(texts.label("effects.eventTime.never"))
                .setTextAlign(ColumnTextAlign.END).setWidth(NUMBER_COLUMN).setFlexGrow(1);
        grid.addColumn(e -> Integer.toString(e.neverTreatedObs())).setHeader(texts.label("effects.eventTime.obs"))
                .setTextAlign(ColumnTextAlign.END).setWidth(NUMBER_COLUMN).setFlexGrow(1);
        grid.setItems(effect.eventTime());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
