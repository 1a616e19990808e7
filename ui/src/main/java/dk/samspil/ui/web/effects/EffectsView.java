package dk.samspil.ui.web.effects;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.units.Scope;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.chart.Options;
import dk.samspil.ui.web.shell.AnalyticView;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The effects page: an intervention type's effect (difference-in-differences) drawn as an estimate
 * with its 95% interval and as event-time means, and the elasticity of one instrument on another
 * across units drawn as a scatter with its fitted curve; the numbers beside each.
 */
@Route(value = "effects", layout = MainLayout.class)
@Menu(title = "effects.menu", order = 6)
@StyleSheet("styles/effects.css")
@RolesAllowed({"ADMIN", "RESEARCHER", "PROGRAMME_MANAGER"})
public class EffectsView extends Div implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver, AnalyticView {

    /** Points along the fitted elasticity curve: enough for a smooth line between the outermost units. */
    private static final int CURVE_POINTS = 24;

    private final EffectsQuery query;
    private Optional<EffectsPage> page = Optional.empty();
    private Locale renderedIn;

    public EffectsView(EffectsQuery query) {
        this.query = query;
        addClassName("effects-view");
    }

    /** One line of a result's numbers. */
    record Figure(String key, String name, String value) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = query.load(EffectsRequest.of(event.getLocation().getQueryParameters()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (renderedIn != null && !renderedIn.equals(event.getLocale())) {
            render();
        }
    }

    private void show(EffectsRequest next) {
        page = query.load(next);
        page.ifPresent(p -> getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("effects", p.shown().toQueryParameters()))));
        render();
    }

    private void render() {
        renderedIn = getLocale();
        removeAll();
        add(new H2(getTranslation("effects.heading")));
        if (page.isEmpty()) {
            add(new Paragraph(getTranslation("effects.empty")));
            return;
        }
        EffectsPage shown = page.get();
        Paragraph study = new Paragraph(shown.study().title());
        study.addClassName("effects-study");
        add(study, effectSection(shown), elasticitySection(shown));
    }

    // ---- intervention effect ----

    private Section effectSection(EffectsPage shown) {
        Section section = new Section(new H3(getTranslation("effects.effect.heading")), new Paragraph(getTranslation("effects.effect.reading")));
        section.setId("effects-effect");
        section.addClassName("effects-section");
        if (shown.effectChoice().isEmpty()) {
            section.add(new Paragraph(getTranslation("effects.effect.noTypes")));
            return section;
        }
        EffectsPage.EffectChoice choice = shown.effectChoice().get();
        section.add(effectPickers(shown, choice));
        shown.effect().refusal().ifPresent(reason -> section.add(refusal("effects-effect-refusal", reason)));
        shown.effect().result().ifPresent(effect -> {
            String subject = getTranslation("effects.effect.subject", typeName(effect.type()), effect.outcome().toString(),
                    scopeName(Scope.parse(effect.scope())));
            Chart forest = new Chart(getTranslation("effects.forest.aria", subject), "12rem");
            forest.setId("effects-forest");
            forest.option(forestOption(effect, subject));
            Div estimate = figure(forest, numbers("effects-effect-numbers", effectFigures(effect)));
            Chart eventTime = new Chart(getTranslation("effects.eventTime.aria", subject), "20rem");
            eventTime.setId("effects-event-time");
            eventTime.option(eventTimeOption(effect));
            Div development = figure(eventTime, eventTimeGrid(effect));
            section.add(estimate, new H3(getTranslation("effects.eventTime.heading")),
                    new Paragraph(getTranslation("effects.eventTime.reading")), development);
        });
        return section;
    }

    private HorizontalLayout effectPickers(EffectsPage shown, EffectsPage.EffectChoice choice) {
        Select<String> types = new Select<>();
        types.setId("effects-type");
        types.setLabel(getTranslation("effects.type"));
        types.setItems(shown.types());
        types.setItemLabelGenerator(this::typeName);
        types.setValue(choice.type());
        types.addValueChangeListener(change -> show(shown.shown().withType(change.getValue())));
        Select<Instrument> outcomes = instrumentPicker("effects-outcome", getTranslation("effects.outcome"), shown, choice.outcome(),
                ref -> show(shown.shown().withOutcome(ref)));
        HorizontalLayout pickers = new HorizontalLayout(types, outcomes);
        if (choice.outcome().relational()) {
            Select<Scope> scopes = new Select<>();
            scopes.setId("effects-scope");
            scopes.setLabel(getTranslation("effects.scope"));
            scopes.setItems(Arrays.asList(Scope.values()));
            scopes.setItemLabelGenerator(this::scopeName);
            scopes.setValue(choice.scope());
            scopes.addValueChangeListener(change -> show(shown.shown().withScope(change.getValue().key())));
            pickers.add(scopes);
        }
        pickers.addClassName("effects-pickers");
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return pickers;
    }

    private Map<String, Object> forestOption(InterventionEffect effect, String subject) {
        String row = typeName(effect.type());
        return Options.map(
                "aria", Options.map("enabled", true),
                "tooltip", Options.map("trigger", "item"),
                "grid", Options.map("left", 140, "right", 32, "top", 24, "bottom", 40),
                "xAxis", Options.map("type", "value", "name", getTranslation("effects.forest.axis"), "nameLocation", "middle", "nameGap", 26),
                "yAxis", Options.map("type", "category", "data", List.of(row)),
                "series", List.of(
                        Options.map("type", "line", "name", getTranslation("effects.ci"),
                                "data", List.of(List.of(effect.ciLow(), row), List.of(effect.ciHigh(), row)),
                                "symbol", "rect", "symbolSize", List.of(3, 16), "lineStyle", Options.map("width", 3, "color", "#1f3a5f"),
                                "itemStyle", Options.map("color", "#1f3a5f"),
                                "tooltip", Options.map("formatter", getTranslation("effects.ci") + ": " + interval(effect.ciLow(), effect.ciHigh())),
                                "markLine", Options.map("symbol", "none", "silent", true,
                                        "lineStyle", Options.map("type", "dashed", "color", "#555555"),
                                        "label", Options.map("formatter", getTranslation("effects.forest.zero")),
                                        "data", List.of(Options.map("xAxis", 0)))),
                        Options.map("type", "scatter", "name", getTranslation("effects.estimate"),
                                "symbol", "diamond", "symbolSize", 16, "itemStyle", Options.map("color", "#1f3a5f"),
                                "label", Options.map("show", true, "position", "top", "formatter", number(effect.estimate(), 4)),
                                "tooltip", Options.map("formatter", subject + ": " + number(effect.estimate(), 4)),
                                "data", List.of(Options.map("value", List.of(effect.estimate(), row))))));
    }

    private Map<String, Object> eventTimeOption(InterventionEffect effect) {
        List<String> relative = effect.eventTime().stream().map(e -> Integer.toString(e.relativeWave())).toList();
        List<Object> treated = effect.eventTime().stream().map(e -> (Object) (e.treatedMean() == null ? "-" : e.treatedMean())).toList();
        List<Object> never = effect.eventTime().stream().map(e -> (Object) (e.neverTreatedMean() == null ? "-" : e.neverTreatedMean())).toList();
        return Options.map(
                "aria", Options.map("enabled", true),
                "tooltip", Options.map("trigger", "axis"),
                "legend", Options.map("top", 0),
                "grid", Options.map("left", 56, "right", 32, "top", 40, "bottom", 48),
                "xAxis", Options.map("type", "category", "data", relative, "name", getTranslation("effects.eventTime.axis"),
                        "nameLocation", "middle", "nameGap", 28),
                "yAxis", Options.map("type", "value", "scale", true, "name", getTranslation("effects.eventTime.mean")),
                "series", List.of(
                        Options.map("type", "line", "name", getTranslation("effects.eventTime.treated"), "data", treated,
                                "symbol", "circle", "symbolSize", 9, "lineStyle", Options.map("type", "solid", "width", 3),
                                "markLine", Options.map("symbol", "none", "silent", true,
                                        "lineStyle", Options.map("type", "dotted", "color", "#555555"),
                                        "label", Options.map("formatter", getTranslation("effects.eventTime.start")),
                                        "data", List.of(Options.map("xAxis", "0")))),
                        Options.map("type", "line", "name", getTranslation("effects.eventTime.never"), "data", never,
                                "symbol", "triangle", "symbolSize", 9, "lineStyle", Options.map("type", "dashed", "width", 2))));
    }

    private List<Figure> effectFigures(InterventionEffect effect) {
        return List.of(
                new Figure("estimate", getTranslation("effects.estimate"), number(effect.estimate(), 4)),
                new Figure("se", getTranslation("effects.se"), number(effect.se(), 4)),
                new Figure("ci", getTranslation("effects.ci"), interval(effect.ciLow(), effect.ciHigh())),
                new Figure("n_obs", getTranslation("effects.nObs"), Integer.toString(effect.nObs())),
                new Figure("clusters", getTranslation("effects.clusters"), Integer.toString(effect.clusters())),
                new Figure("n_treated", getTranslation("effects.nTreated"), Integer.toString(effect.nTreated())),
                new Figure("treated_units", getTranslation("effects.treatedUnits"), effect.treatedUnits().stream()
                        .map(u -> getTranslation("effects.treatedUnit", page.orElseThrow().unitName(u.unit()), String.valueOf(u.startedOn()),
                                u.firstTreatedWave()))
                        .collect(Collectors.joining("; "))),
                new Figure("excluded", getTranslation("effects.excludedUnitWaves"), Integer.toString(effect.excluded().size())),
                new Figure("caution", getTranslation("effects.caution"), effect.caution() == null ? "–"
                        : getTranslation("effects.caution.few", Integer.toString(effect.nTreated()),
                        Integer.toString(effect.clusters() - effect.nTreated()))),
                new Figure("method", getTranslation("effects.method"), effect.method()),
                new Figure("position", getTranslation("effects.position"), Long.toString(effect.asOfPosition())),
                new Figure("k", "k", Integer.toString(effect.k())));
    }

    private Grid<InterventionEffect.EventTime> eventTimeGrid(InterventionEffect effect) {
        Grid<InterventionEffect.EventTime> grid = new Grid<>();
        grid.setId("effects-event-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Integer.toString(e.relativeWave())).setHeader(getTranslation("effects.eventTime.axis"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> optional(e.treatedMean(), 3)).setHeader(getTranslation("effects.eventTime.treated"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> Integer.toString(e.treatedObs())).setHeader(getTranslation("effects.eventTime.obs"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> optional(e.neverTreatedMean(), 3)).setHeader(getTranslation("effects.eventTime.never"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> Integer.toString(e.neverTreatedObs())).setHeader(getTranslation("effects.eventTime.obs"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(effect.eventTime());
        grid.setAllRowsVisible(true);
        return grid;
    }

    // ---- elasticity ----

    private Section elasticitySection(EffectsPage shown) {
        Section section = new Section(new H3(getTranslation("effects.elasticity.heading")),
                new Paragraph(getTranslation("effects.elasticity.reading")));
        section.setId("effects-elasticity");
        section.addClassName("effects-section");
        if (shown.elasticityChoice().isEmpty()) {
            section.add(new Paragraph(getTranslation("effects.elasticity.noWave")));
            return section;
        }
        EffectsPage.ElasticityChoice choice = shown.elasticityChoice().get();
        section.add(elasticityPickers(shown, choice));
        shown.elasticity().refusal().ifPresent(reason -> section.add(refusal("effects-elasticity-refusal", reason)));
        shown.elasticity().result().ifPresent(elasticity -> {
            if (elasticity.note() != null) {
                section.add(refusal("effects-elasticity-note", elasticity.note()));
            }
            Chart scatter = new Chart(getTranslation("effects.scatter.aria", elasticity.x().toString(), elasticity.y().toString(),
                    choice.wave().label()), "24rem");
            scatter.setId("effects-scatter");
            scatter.option(scatterOption(shown, elasticity));
            section.add(figure(scatter, numbers("effects-elasticity-numbers", elasticityFigures(shown, elasticity))),
                    new H3(getTranslation("effects.units.heading")), unitGrid(shown, elasticity));
        });
        return section;
    }

    private HorizontalLayout elasticityPickers(EffectsPage shown, EffectsPage.ElasticityChoice choice) {
        Select<StudySummary.Wave> waves = new Select<>();
        waves.setId("effects-wave");
        waves.setLabel(getTranslation("effects.wave"));
        waves.setItems(shown.study().waves());
        waves.setItemLabelGenerator(w -> getTranslation("effects.wave.item", w.label(), w.opensOn().toString()));
        waves.setValue(choice.wave());
        waves.addValueChangeListener(change -> show(shown.shown().withWave(change.getValue().key())));
        Select<Instrument> x = instrumentPicker("effects-x", getTranslation("effects.x"), shown, choice.x(), ref -> show(shown.shown().withX(ref)));
        Select<Instrument> y = instrumentPicker("effects-y", getTranslation("effects.y"), shown, choice.y(), ref -> show(shown.shown().withY(ref)));
        HorizontalLayout pickers = new HorizontalLayout(waves, x, y);
        pickers.addClassName("effects-pickers");
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return pickers;
    }

    /** The fitted curve's constant: a = mean(ln y) - slope · mean(ln x) over the units in the fit, as OLS puts it through the means. */
    static double intercept(Elasticity elasticity) {
        List<Elasticity.UnitPoint> used = elasticity.unitsUsed();
        double meanLnX = used.stream().mapToDouble(u -> Math.log(u.x())).average().orElseThrow();
        double meanLnY = used.stream().mapToDouble(u -> Math.log(u.y())).average().orElseThrow();
        return meanLnY - elasticity.slope() * meanLnX;
    }

    private Map<String, Object> scatterOption(EffectsPage shown, Elasticity elasticity) {
        List<Object> points = elasticity.unitsUsed().stream().map(u -> (Object) Options.map(
                "name", shown.unitName(u.unit()),
                "value", List.of(u.x(), u.y()),
                "tooltip", Options.map("formatter", getTranslation("effects.scatter.point", shown.unitName(u.unit()),
                        number(u.x(), 2), number(u.y(), 2))))).toList();
        List<Object> series = new ArrayList<>();
        series.add(Options.map("type", "scatter", "name", getTranslation("effects.scatter.units"), "symbolSize", 12, "data", points,
                "label", Options.map("show", true, "position", "right", "formatter", "{b}")));
        if (elasticity.slope() != null && !elasticity.unitsUsed().isEmpty()) {
            double a = intercept(elasticity);
            double low = elasticity.unitsUsed().stream().mapToDouble(Elasticity.UnitPoint::x).min().orElseThrow();
            double high = elasticity.unitsUsed().stream().mapToDouble(Elasticity.UnitPoint::x).max().orElseThrow();
            List<Object> curve = new ArrayList<>();
            for (int i = 0; i <= CURVE_POINTS; i++) {
                double x = low + (high - low) * i / CURVE_POINTS;
                curve.add(List.of(x, Math.exp(a) * Math.pow(x, elasticity.slope())));
            }
            series.add(Options.map("type", "line", "name", getTranslation("effects.scatter.fit", number(Math.exp(a), 3),
                            number(elasticity.slope(), 4)),
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

    private List<Figure> elasticityFigures(EffectsPage shown, Elasticity elasticity) {
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("slope", getTranslation("effects.slope"), optional(elasticity.slope(), 4)),
                new Figure("se", getTranslation("effects.se"), optional(elasticity.se(), 4)),
                new Figure("ci", getTranslation("effects.ci"), elasticity.ciLow() == null ? "–" : interval(elasticity.ciLow(), elasticity.ciHigh())),
                new Figure("n", getTranslation("effects.nUnits"), Integer.toString(elasticity.n())),
                new Figure("r2", "R²", optional(elasticity.r2(), 4)),
                new Figure("pct_for_10pct", getTranslation("effects.pctFor10pct"),
                        elasticity.pctFor10pct() == null ? "–" : getTranslation("effects.pctFor10pct.value", number(elasticity.pctFor10pct(), 2)))));
        if (elasticity.slope() != null && !elasticity.unitsUsed().isEmpty()) {
            figures.add(new Figure("intercept", getTranslation("effects.intercept"), number(intercept(elasticity), 4)));
        }
        figures.addAll(List.of(
                new Figure("units_used", getTranslation("effects.unitsUsed"), elasticity.unitsUsed().stream()
                        .map(u -> shown.unitName(u.unit())).collect(Collectors.joining(", "))),
                new Figure("units_excluded", getTranslation("effects.unitsExcluded"), elasticity.unitsExcluded().isEmpty() ? "–"
                        : elasticity.unitsExcluded().stream().map(u -> shown.unitName(u.unit()) + " (" + exclusion(u.reason()) + ")")
                        .collect(Collectors.joining(", "))),
                new Figure("method", getTranslation("effects.method"), elasticity.method()),
                new Figure("position", getTranslation("effects.position"), Long.toString(elasticity.asOfPosition())),
                new Figure("k", "k", Integer.toString(elasticity.k()))));
        return figures;
    }

    /** A unit in or out of the fit: used units with both indices, excluded ones with their reason and only the n. */
    record UnitRow(String unit, String x, String nX, String y, String nY, String status) {
    }

    private Grid<UnitRow> unitGrid(EffectsPage shown, Elasticity elasticity) {
        List<UnitRow> rows = new ArrayList<>();
        elasticity.unitsUsed().forEach(u -> rows.add(new UnitRow(shown.unitName(u.unit()), number(u.x(), 3), Integer.toString(u.nX()),
                number(u.y(), 3), Integer.toString(u.nY()), getTranslation("effects.unit.used"))));
        elasticity.unitsExcluded().forEach(u -> rows.add(new UnitRow(shown.unitName(u.unit()), getTranslation("effects.unit.notShown"),
                nBelowK(u.nX(), elasticity.k()), getTranslation("effects.unit.notShown"), nBelowK(u.nY(), elasticity.k()),
                getTranslation("effects.unit.excluded", exclusion(u.reason())))));
        Grid<UnitRow> grid = new Grid<>();
        grid.setId("effects-units");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UnitRow::unit).setHeader(getTranslation("effects.unit")).setSortable(true);
        grid.addColumn(UnitRow::x).setHeader(elasticity.x().toString()).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitRow::nX).setHeader("n (" + elasticity.x() + ")").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitRow::y).setHeader(elasticity.y().toString()).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitRow::nY).setHeader("n (" + elasticity.y() + ")").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitRow::status).setHeader(getTranslation("effects.unit.status"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** An excluded unit's n: shown when it reached k (the other side was short), else only that it was below k. */
    private String nBelowK(int n, int k) {
        return n >= k ? Integer.toString(n) : n == 0 ? "0" : getTranslation("effects.suppressed.n", k);
    }

    private String exclusion(String reason) {
        return getTranslation("effects.exclusion." + reason);
    }

    // ---- shared ----

    private Select<Instrument> instrumentPicker(String id, String label, EffectsPage shown, Instrument value,
                                                java.util.function.Consumer<String> chosen) {
        Select<Instrument> picker = new Select<>();
        picker.setId(id);
        picker.setLabel(label);
        picker.setItems(shown.instruments());
        picker.setItemLabelGenerator(i -> i.title().in(getLocale()) + " (" + i.ref() + ")");
        picker.setValue(value);
        picker.addValueChangeListener(change -> chosen.accept(change.getValue().ref().toString()));
        return picker;
    }

    private Grid<Figure> numbers(String id, List<Figure> figures) {
        Grid<Figure> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Figure::name).setHeader(getTranslation("effects.figure")).setFlexGrow(1);
        grid.addColumn(Figure::value).setHeader(getTranslation("effects.value")).setFlexGrow(2);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Div figure(Chart chart, Grid<?> numbers) {
        Div figure = new Div(chart, numbers);
        figure.addClassName("effects-figure");
        return figure;
    }

    private Paragraph refusal(String id, String reason) {
        Paragraph refusal = new Paragraph(getTranslation("effects.refusal", reason));
        refusal.setId(id);
        refusal.addClassName("effects-refusal");
        refusal.getElement().setAttribute("role", "status");
        return refusal;
    }

    private String typeName(String type) {
        String name = getTranslation("effects.type." + type);
        return name.startsWith("!") ? type : name;
    }

    private String scopeName(Scope scope) {
        return getTranslation("effects.scope." + scope.key());
    }

    private String interval(double low, double high) {
        return getTranslation("effects.interval", number(low, 4), number(high, 4));
    }

    private String optional(Double value, int decimals) {
        return value == null ? "–" : number(value, decimals);
    }

    private String number(double value, int decimals) {
        return String.format(getLocale(), "%." + decimals + "f", value);
    }
}
