package dk.samspil.ui.web.effects;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.ui.web.chart.Options;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An intervention effect drawn as an estimate with its 95% interval and as event-time means, with its numbers. */
final class EffectFigures {

    private final EffectsTexts texts;

    EffectFigures(EffectsTexts texts) {
        this.texts = texts;
    }

    /** A forest plot of one row: the estimate as a diamond on its interval, against a dashed zero. */
    Map<String, Object> forestOption(InterventionEffect effect, String subject) {
        String row = texts.typeName(effect.type());
        return Options.map(
                "aria", Options.map("enabled", true),
                "tooltip", Options.map("trigger", "item"),
                "grid", Options.map("left", 140, "right", 32, "top", 24, "bottom", 40),
                "xAxis", Options.map("type", "value", "name", texts.label("effects.forest.axis"), "nameLocation", "middle", "nameGap", 26),
                "yAxis", Options.map("type", "category", "data", List.of(row)),
                "series", List.of(
                        Options.map("type", "line", "name", texts.label("effects.ci"),
                                "data", List.of(List.of(effect.ciLow(), row), List.of(effect.ciHigh(), row)),
                                "symbol", "rect", "symbolSize", List.of(3, 16), "lineStyle", Options.map("width", 3, "color", "#1f3a5f"),
                                "itemStyle", Options.map("color", "#1f3a5f"),
                                "tooltip", Options.map("formatter", texts.label("effects.ci") + ": "
                                        + texts.interval(effect.ciLow(), effect.ciHigh())),
                                "markLine", Options.map("symbol", "none", "silent", true,
                                        "lineStyle", Options.map("type", "dashed", "color", "#555555"),
                                        "label", Options.map("formatter", texts.label("effects.forest.zero")),
                                        "data", List.of(Options.map("xAxis", 0)))),
                        Options.map("type", "scatter", "name", texts.label("effects.estimate"),
                                "symbol", "diamond", "symbolSize", 16, "itemStyle", Options.map("color", "#1f3a5f"),
                                "label", Options.map("show", true, "position", "top", "formatter", texts.number(effect.estimate(), 4)),
                                "tooltip", Options.map("formatter", subject + ": " + texts.number(effect.estimate(), 4)),
                                "data", List.of(Options.map("value", List.of(effect.estimate(), row))))));
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
                new Figure("method", texts.label("effects.method"), effect.method()),
                new Figure("position", texts.label("effects.position"), Long.toString(effect.asOfPosition())),
                new Figure("k", "k", Integer.toString(effect.k())));
    }

    Grid<InterventionEffect.EventTime> eventTimeGrid(InterventionEffect effect) {
        Grid<InterventionEffect.EventTime> grid = new Grid<>();
        grid.setId("effects-event-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Integer.toString(e.relativeWave())).setHeader(texts.label("effects.eventTime.axis"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> texts.optional(e.treatedMean(), 3)).setHeader(texts.label("effects.eventTime.treated"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> Integer.toString(e.treatedObs())).setHeader(texts.label("effects.eventTime.obs"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> texts.optional(e.neverTreatedMean(), 3)).setHeader(texts.label("effects.eventTime.never"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> Integer.toString(e.neverTreatedObs())).setHeader(texts.label("effects.eventTime.obs"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(effect.eventTime());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
