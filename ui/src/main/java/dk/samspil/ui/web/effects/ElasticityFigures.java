package dk.samspil.ui.web.effects;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.ui.web.chart.Options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The elasticity of one instrument on another across units, drawn as a scatter with its fitted curve, with its numbers. */
final class ElasticityFigures {

    /** Points along the fitted elasticity curve: enough for a smooth line between the outermost units. */
    private static final int CURVE_POINTS = 24;

    private final EffectsTexts texts;

    ElasticityFigures(EffectsTexts texts) {
        this.texts = texts;
    }

    /** A unit in or out of the fit: used units with both indices, excluded ones with their reason and only the n. */
    record UnitRow(String unit, String x, String nX, String y, String nY, String status) {
    }

    /** The fitted curve's constant: a = mean(ln y) - slope · mean(ln x) over the units in the fit, as OLS puts it through the means. */
    static double intercept(Elasticity elasticity) {
        List<Elasticity.UnitPoint> used = elasticity.unitsUsed();
        double meanLnX = used.stream().mapToDouble(u -> Math.log(u.x())).average().orElseThrow();
        double meanLnY = used.stream().mapToDouble(u -> Math.log(u.y())).average().orElseThrow();
        return meanLnY - elasticity.slope() * meanLnX;
    }

    Map<String, Object> scatterOption(Elasticity elasticity) {
        List<Object> points = elasticity.unitsUsed().stream().map(u -> (Object) Options.map(
                "name", texts.unitName(u.unit()),
                "value", List.of(u.x(), u.y()),
                "tooltip", Options.map("formatter", texts.label("effects.scatter.point", texts.unitName(u.unit()),
                        texts.number(u.x(), 2), texts.number(u.y(), 2))))).toList();
        List<Object> series = new ArrayList<>();
        series.add(Options.map("type", "scatter", "name", texts.label("effects.scatter.units"), "symbolSize", 12, "data", points,
                "label", Options.map("show", true, "position", "right", "formatter", "{b}")));
        if (fitted(elasticity)) {
            double a = intercept(elasticity);
            double low = elasticity.unitsUsed().stream().mapToDouble(Elasticity.UnitPoint::x).min().orElseThrow();
            double high = elasticity.unitsUsed().stream().mapToDouble(Elasticity.UnitPoint::x).max().orElseThrow();
            List<Object> curve = new ArrayList<>();
            for (int i = 0; i <= CURVE_POINTS; i++) {
                double x = low + (high - low) * i / CURVE_POINTS;
                curve.add(List.of(x, Math.exp(a) * Math.pow(x, elasticity.slope())));
            }
            series.add(Options.map("type", "line", "name", texts.label("effects.scatter.fit", texts.number(Math.exp(a), 3),
                            texts.number(elasticity.slope(), 4)),
                    "showSymbol", false, "lineStyle", Options.map("type", "dashed", "width", 2), "data", curve));
        }
        return Options.map(
                "aria", Options.map("enabled", true),
                "tooltip", Options.map("trigger", "item"),
                "legend", Options.map("top", 0),
                "grid", Options.map("left", 56, "right", 80, "top", 40, "bottom", 48),
                "xAxis", Options.map("type", "value", "scale", true, "name", elasticity.x().toString(), "nameLocation", "middle", "nameGap", 28),
                "yAxis", Options.map("type", "value", "scale", true, "name", elasticity.y().toString()),
                "series", series);
    }

    List<Figure> figures(Elasticity elasticity) {
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("slope", texts.label("effects.slope"), texts.optional(elasticity.slope(), 4)),
                new Figure("se", texts.label("effects.se"), texts.optional(elasticity.se(), 4)),
                new Figure("ci", texts.label("effects.ci"), elasticity.ciLow() == null ? EffectsTexts.NONE
                        : texts.interval(elasticity.ciLow(), elasticity.ciHigh())),
                new Figure("n", texts.label("effects.nUnits"), Integer.toString(elasticity.n())),
                new Figure("r2", "R²", texts.optional(elasticity.r2(), 4)),
                new Figure("pct_for_10pct", texts.label("effects.pctFor10pct"), elasticity.pctFor10pct() == null ? EffectsTexts.NONE
                        : texts.label("effects.pctFor10pct.value", texts.number(elasticity.pctFor10pct(), 2)))));
        if (fitted(elasticity)) {
            figures.add(new Figure("intercept", texts.label("effects.intercept"), texts.number(intercept(elasticity), 4)));
        }
        figures.addAll(List.of(
                new Figure("units_used", texts.label("effects.unitsUsed"), elasticity.unitsUsed().stream()
                        .map(u -> texts.unitName(u.unit())).collect(Collectors.joining(", "))),
                new Figure("units_excluded", texts.label("effects.unitsExcluded"), elasticity.unitsExcluded().isEmpty() ? EffectsTexts.NONE
                        : elasticity.unitsExcluded().stream().map(u -> texts.unitName(u.unit()) + " (" + texts.exclusion(u.reason()) + ")")
                        .collect(Collectors.joining(", "))),
                new Figure("method", texts.label("effects.method"), texts.method(elasticity.method())),
                new Figure("position", texts.label("effects.position"), Long.toString(elasticity.asOfPosition())),
                new Figure("k", "k", Integer.toString(elasticity.k()))));
        return figures;
    }

    Grid<UnitRow> unitGrid(Elasticity elasticity) {
        List<UnitRow> rows = new ArrayList<>();
        elasticity.unitsUsed().forEach(u -> rows.add(new UnitRow(texts.unitName(u.unit()), texts.number(u.x(), 3),
                Integer.toString(u.nX()), texts.number(u.y(), 3), Integer.toString(u.nY()), texts.label("effects.unit.used"))));
        elasticity.unitsExcluded().forEach(u -> rows.add(new UnitRow(texts.unitName(u.unit()), texts.label("effects.unit.notShown"),
                texts.nBelowK(u.nX(), elasticity.k()), texts.label("effects.unit.notShown"), texts.nBelowK(u.nY(), elasticity.k()),
                texts.label("effects.unit.excluded", texts.exclusion(u.reason())))));
        Grid<UnitRow> grid = new Grid<>();
        grid.setId("effects-units");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UnitRow::unit).setHeader(texts.label("effects.unit")).setSortable(true);
        grid.addColumn(UnitRow::x).setHeader(elasticity.x().toString()).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitRow::nX).setHeader("n (" + elasticity.x() + ")").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitRow::y).setHeader(elasticity.y().toString()).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitRow::nY).setHeader("n (" + elasticity.y() + ")").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitRow::status).setHeader(texts.label("effects.unit.status"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A curve is drawn, and its constant given, only when a slope was fitted through some units. */
    private static boolean fitted(Elasticity elasticity) {
        return elasticity.slope() != null && !elasticity.unitsUsed().isEmpty();
    }
}
