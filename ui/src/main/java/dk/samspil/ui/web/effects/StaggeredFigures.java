package dk.samspil.ui.web.effects;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.analysis.StaggeredControl;
import dk.samspil.projections.analysis.StaggeredEffect;
import dk.samspil.ui.web.chart.Options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Callaway–Sant'Anna effect of staggered starts beside the regression: both in one forest plot, the effect by waves
 * since the start with the pre-trend placebos, the group-time cells and the regression's Goodman-Bacon decomposition.
 */
final class StaggeredFigures {

    /** The regression's and the effects' colour, as in the forest plot above; the placebos stand apart in another. */
    private static final String EFFECT_COLOUR = "#1f3a5f";
    private static final String PLACEBO_COLOUR = "#a14b00";
    /** A number column's least width; wave names wrap within theirs. */
    private static final String NUMBER_COLUMN = "4.5rem";
    private static final String WAVE_COLUMN = "7rem";
    private static final String INTERVAL_COLUMN = "7rem";

    private final EffectsTexts texts;

    StaggeredFigures(EffectsTexts texts) {
        this.texts = texts;
    }

    /** The regression and Callaway–Sant'Anna's simple average as rows of one forest plot; one without a figure is left out. */
    List<EffectFigures.Row> forestRows(Optional<InterventionEffect> regression, StaggeredEffect effect) {
        List<EffectFigures.Row> rows = new ArrayList<>();
        regression.ifPresent(r -> rows.add(EffectFigures.Row.of(texts.label("effects.staggered.twfe"), r)));
        StaggeredEffect.Estimate simple = effect.simple();
        if (simple.att() != null && simple.ciLow() != null) {
            rows.add(new EffectFigures.Row(texts.label("effects.staggered.simple"), simple.att(), simple.ciLow(), simple.ciHigh()));
        }
        return rows;
    }

    /** The effect e waves after the start with its 95% interval, the placebos before the start in their own colour, against zero. */
    Map<String, Object> eventStudyOption(StaggeredEffect effect) {
        String placebo = texts.label("effects.eventStudy.placebo");
        String after = texts.label("effects.eventStudy.after");
        List<Object> series = new ArrayList<>();
        List<Object> placebos = new ArrayList<>();
        List<Object> effects = new ArrayList<>();
        for (StaggeredEffect.EventTime e : effect.dynamic()) {
            if (e.att() == null) {
                continue;
            }
            boolean before = e.eventTime() < 0;
            String name = before ? placebo : after;
            String colour = before ? PLACEBO_COLOUR : EFFECT_COLOUR;
            String time = Integer.toString(e.eventTime());
            String said = texts.label("effects.eventStudy.point", time, texts.number(e.att(), 4),
                    e.ciLow() == null ? EffectsTexts.NONE : texts.interval(e.ciLow(), e.ciHigh()));
            if (e.ciLow() != null) {
                // an interval is a line between its ends, as in the forest plot
                series.add(Options.map("type", "line", "id", (before ? "placebo" : "effect") + "-interval" + time, "name", name,
                        "data", List.of(List.of(time, e.ciLow()), List.of(time, e.ciHigh())),
                        "symbol", "rect", "symbolSize", List.of(16, 3), "lineStyle", Options.map("width", 3, "color", colour),
                        "itemStyle", Options.map("color", colour), "tooltip", Options.map("formatter", said)));
            }
            (before ? placebos : effects).add(Options.map("value", List.of(time, e.att()),
                    "label", Options.map("formatter", texts.number(e.att(), 3)), "tooltip", Options.map("formatter", said)));
        }
        series.add(points("placebo", placebo, "circle", PLACEBO_COLOUR, placebos));
        series.add(points("effect", after, "diamond", EFFECT_COLOUR, effects));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) series.getFirst();
        first.put("markLine", Options.map("symbol", "none", "silent", true, "lineStyle", Options.map("type", "dashed", "color", "#555555"),
                "label", Options.map("formatter", texts.label("effects.forest.zero")), "data", List.of(Options.map("yAxis", 0))));
        return Options.map(
                "aria", Options.map("enabled", true),
                "tooltip", Options.map("trigger", "item"),
                "legend", Options.map("top", 0, "data", List.of(placebo, after)),
                "grid", Options.map("left", 64, "right", 80, "top", 40, "bottom", 48),
                "xAxis", Options.map("type", "category", "data", effect.dynamic().stream().map(e -> Integer.toString(e.eventTime())).toList(),
                        "name", texts.label("effects.eventStudy.axis"), "nameLocation", "middle", "nameGap", 28),
                "yAxis", Options.map("type", "value", "name", texts.label("effects.eventStudy.att")),
                "series", series);
    }

    private static Map<String, Object> points(String id, String name, String symbol, String colour, List<Object> data) {
        return Options.map("type", "scatter", "id", id, "name", name, "symbol", symbol, "symbolSize", 14,
                "itemStyle", Options.map("color", colour), "label", Options.map("show", true, "position", "right", "distance", 10),
                "data", data);
    }

    /** The comparison beside the forest plot: both estimates, what Callaway–Sant'Anna compared with, and how. */
    List<Figure> figures(Optional<InterventionEffect> regression, StaggeredEffect effect) {
        StaggeredEffect.Estimate simple = effect.simple();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("twfe", texts.label("effects.staggered.twfe"), regression.map(r -> texts.number(r.estimate(), 4))
                .orElse(EffectsTexts.NONE)));
        figures.add(new Figure("simple", texts.label("effects.staggered.simple"), texts.optional(simple.att(), 4)));
        figures.add(new Figure("se", texts.label("effects.se"), texts.optional(simple.se(), 4)));
        figures.add(new Figure("ci", texts.label("effects.ci"), simple.ciLow() == null ? EffectsTexts.NONE
                : texts.interval(simple.ciLow(), simple.ciHigh())));
        figures.add(new Figure("control", texts.label("effects.control"), texts.controlName(StaggeredControl.parse(effect.control()))));
        figures.add(new Figure("groups", texts.label("effects.staggered.groups"), String.join(", ", effect.group().stream()
                .map(g -> texts.label("effects.staggered.group", texts.waveName(g.group()), Integer.toString(g.nGroup()))).toList())));
        figures.add(new Figure("excluded", texts.label("effects.staggered.excludedCount"), Integer.toString(effect.excludedUnits().size())));
        figures.add(new Figure("method", texts.label("effects.method"), texts.method(effect.method())));
        figures.add(new Figure("position", texts.label("effects.position"), Long.toString(effect.asOfPosition())));
        figures.add(new Figure("k", "k", Integer.toString(effect.k())));
        return figures;
    }

    Grid<StaggeredEffect.EventTime> eventStudyGrid(StaggeredEffect effect) {
        Grid<StaggeredEffect.EventTime> grid = grid("effects-event-study-numbers");
        column(grid, e -> Integer.toString(e.eventTime()), "effects.eventStudy.axis", NUMBER_COLUMN, ColumnTextAlign.END);
        column(grid, e -> texts.optional(e.att(), 4), "effects.eventStudy.att", NUMBER_COLUMN, ColumnTextAlign.END);
        column(grid, e -> texts.optional(e.se(), 4), "effects.se", NUMBER_COLUMN, ColumnTextAlign.END);
        column(grid, e -> interval(e.ciLow(), e.ciHigh()), "effects.ci", INTERVAL_COLUMN, ColumnTextAlign.END);
        grid.setItems(effect.dynamic());
        return grid;
    }

    /** Every group-time cell: a start group's change from its base wave against the comparison units' change. */
    Grid<StaggeredEffect.GroupTime> attGtGrid(StaggeredEffect effect) {
        Grid<StaggeredEffect.GroupTime> grid = grid("effects-att-gt");
        column(grid, c -> texts.waveName(c.group()), "effects.attGt.group", WAVE_COLUMN, ColumnTextAlign.START);
        column(grid, c -> texts.waveName(c.time()), "effects.attGt.time", WAVE_COLUMN, ColumnTextAlign.START);
        column(grid, c -> Integer.toString(c.eventTime()), "effects.attGt.eventTime", NUMBER_COLUMN, ColumnTextAlign.END);
        column(grid, c -> texts.waveName(c.base()), "effects.attGt.base", WAVE_COLUMN, ColumnTextAlign.START);
        column(grid, c -> texts.optional(c.att(), 4), "effects.eventStudy.att", NUMBER_COLUMN, ColumnTextAlign.END);
        column(grid, c -> texts.optional(c.se(), 4), "effects.se", NUMBER_COLUMN, ColumnTextAlign.END);
        column(grid, c -> interval(c.ciLow(), c.ciHigh()), "effects.ci", INTERVAL_COLUMN, ColumnTextAlign.END);
        column(grid, c -> Integer.toString(c.nGroup()), "effects.attGt.nGroup", NUMBER_COLUMN, ColumnTextAlign.END);
        column(grid, c -> Integer.toString(c.nControl()), "effects.attGt.nControl", "7rem", ColumnTextAlign.END);
        grid.setItems(effect.attGt());
        return grid;
    }

    /** The regression as a weighted sum of 2×2 comparisons, each named by which starters it sets against which. */
    Grid<StaggeredEffect.Comparison> baconGrid(StaggeredEffect.Bacon bacon) {
        Grid<StaggeredEffect.Comparison> grid = grid("effects-bacon");
        column(grid, c -> texts.label("effects.bacon.kind." + c.kind()), "effects.bacon.kind", "12rem", ColumnTextAlign.START);
        column(grid, c -> texts.waveName(c.treated()), "effects.bacon.treated", WAVE_COLUMN, ColumnTextAlign.START);
        column(grid, c -> "never".equals(c.control()) ? texts.label("effects.bacon.never") : texts.waveName(c.control()),
                "effects.bacon.control", WAVE_COLUMN, ColumnTextAlign.START);
        column(grid, c -> texts.number(c.estimate(), 4), "effects.estimate", NUMBER_COLUMN, ColumnTextAlign.END);
        column(grid, c -> texts.percent(c.weight()), "effects.bacon.weight", NUMBER_COLUMN, ColumnTextAlign.END);
        grid.setItems(bacon.comparisons());
        return grid;
    }

    /** The units left out of the balanced panel, with the reason and the wave that decided it. */
    Grid<StaggeredEffect.ExcludedUnit> excludedGrid(StaggeredEffect effect) {
        Grid<StaggeredEffect.ExcludedUnit> grid = grid("effects-staggered-excluded");
        column(grid, u -> texts.unitName(u.unit()), "effects.unit", WAVE_COLUMN, ColumnTextAlign.START);
        column(grid, u -> texts.label("effects.staggered.excluded." + u.reason()), "effects.staggered.excluded.reason", "14rem",
                ColumnTextAlign.START);
        column(grid, u -> texts.waveName(u.wave()), "effects.wave", WAVE_COLUMN, ColumnTextAlign.START);
        grid.setItems(effect.excludedUnits());
        return grid;
    }

    /**
     * What makes the figures unreliable, in the page's language: cells without comparison units, cells with one unit on a side,
     * no decomposition; the analysis' own words only for a caution this page does not know.
     */
    Optional<String> caution(StaggeredEffect effect) {
        if (effect.caution() == null) {
            return Optional.empty();
        }
        TreeSet<String> empty = new TreeSet<>();
        TreeSet<String> single = new TreeSet<>();
        for (StaggeredEffect.GroupTime c : effect.attGt()) {
            String cell = "(" + texts.waveName(c.group()) + ", " + texts.waveName(c.time()) + ")";
            if (c.att() == null) {
                empty.add(cell);
            } else if (c.nGroup() == 1 || c.nControl() == 1) {
                single.add(cell);
            }
        }
        List<String> said = new ArrayList<>();
        if (!empty.isEmpty()) {
            said.add(texts.label("effects.staggered.caution.empty", String.join(", ", empty)));
        }
        if (!single.isEmpty()) {
            said.add(texts.label("effects.staggered.caution.single", String.join(", ", single)));
        }
        if (effect.bacon() == null) {
            said.add(texts.label("effects.staggered.caution.noBacon"));
        }
        return Optional.of(said.isEmpty() ? effect.caution() : String.join(" ", said));
    }

    private String interval(Double low, Double high) {
        return low == null || high == null ? EffectsTexts.NONE : texts.interval(low, high);
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private <T> void column(Grid<T> grid, ValueProvider<T, String> value, String header, String width, ColumnTextAlign align) {
        grid.addColumn(value).setHeader(texts.label(header)).setTextAlign(align).setWidth(width).setFlexGrow(1);
    }
}
