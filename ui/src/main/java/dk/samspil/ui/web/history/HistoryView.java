package dk.samspil.ui.web.history;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.history.LoggedEvent;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.study.StudyAccess;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.chart.Options;
import dk.samspil.ui.web.shell.AnalyticView;
import dk.samspil.ui.web.shell.ViewState;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event log, newest first and loaded a page at a time, filtered by kind of event, study and
 * the date the facts happened; with ?asof only what had been recorded by then.
 */
@Route(value = "history", layout = MainLayout.class)
@Menu(title = "history.menu", order = 9)
@StyleSheet("styles/history.css")
@RolesAllowed({"ADMIN", "RESEARCHER", "PROGRAMME_MANAGER"})
public class HistoryView extends Div implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver, AnalyticView {

    /** The choice "all" in the type and study filters. */
    static final String ANY = "";

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final EventLogQuery log;
    private final StudyAccess access;
    private final StudyCatalog catalog;
    private final Positions positions;
    private Long upTo;
    private String type = ANY;
    private String study = ANY;
    private LocalDate from;
    private LocalDate to;
    private Grid<LoggedEvent> grid;
    private Chart chart;
    private Locale renderedIn;

    public HistoryView(EventLogQuery log, StudyCatalog catalog, Positions positions, StudyAccess access) {
        this.access = access;
        this.log = log;
        this.catalog = catalog;
        this.positions = positions;
        addClassName("history-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ViewState state = ViewState.of(event.getLocation().getQueryParameters());
        upTo = state.historical() ? positions.resolve(state.moment()) : null;
        study = state.study() == null ? ANY : state.study();
        access.open(Operation.VIEW_HISTORY, study, catalog.studies());
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

    /** What the grid shows now. */
    EventLogQuery.Filter filter() {
        boolean datesInOrder = from == null || to == null || !to.isBefore(from);
        // the history holds every organisation's events: only those of studies the user may see are read
        return new EventLogQuery.Filter(type.isEmpty() ? null : type, study.isEmpty() ? null : StudyId.of(study),
                from, datesInOrder ? to : null, upTo).within(access.scope(Operation.VIEW_HISTORY));
    }

    private void render() {
        renderedIn = getLocale();
        removeAll();
        add(new H2(getTranslation("history.title")), new Paragraph(getTranslation("history.intro")), filters());
        if (upTo != null) {
            Paragraph shown = new Paragraph(getTranslation("history.upTo", Long.toString(upTo)));
            shown.setId("history-up-to");
            shown.addClassName("history-up-to");
            add(shown);
        }
        chart = new Chart(getTranslation("history.chart"), "18rem");
        chart.setId("history-chart");
        grid = grid();
        add(chart, grid);
        load();
    }

    private HorizontalLayout filters() {
        Select<String> types = new Select<>();
        types.setId("history-type");
        types.setLabel(getTranslation("history.filter.type"));
        List<String> typeChoices = new ArrayList<>(List.of(ANY));
        typeChoices.addAll(log.types());
        types.setItems(typeChoices);
        types.setItemLabelGenerator(t -> t.isEmpty() ? getTranslation("history.filter.any") : typeName(t));
        types.setValue(typeChoices.contains(type) ? type : ANY);
        types.addValueChangeListener(change -> {
            type = change.getValue() == null ? ANY : change.getValue();
            load();
        });

        Select<String> studies = new Select<>();
        studies.setId("history-study");
        studies.setLabel(getTranslation("history.filter.study"));
        List<String> studyChoices = new ArrayList<>(List.of(ANY));
        List<StudySummary.Named> named = access.visible(Operation.VIEW_HISTORY, catalog.studies());
        named.forEach(s -> studyChoices.add(s.key()));
        studies.setItems(studyChoices);
        studies.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("history.filter.any")
                : named.stream().filter(n -> n.key().equals(s)).map(n -> n.name() + " (" + n.key() + ")").findFirst().orElse(s));
        studies.setValue(studyChoices.contains(study) ? study : ANY);
        studies.addValueChangeListener(change -> {
            study = change.getValue() == null ? ANY : change.getValue();
            load();
        });

        DatePicker fromPicker = new DatePicker(getTranslation("history.filter.from"));
        fromPicker.setId("history-from");
        fromPicker.setLocale(getLocale());
        fromPicker.setClearButtonVisible(true);
        fromPicker.setValue(from);
        DatePicker toPicker = new DatePicker(getTranslation("history.filter.to"));
        toPicker.setId("history-to");
        toPicker.setLocale(getLocale());
        toPicker.setClearButtonVisible(true);
        toPicker.setValue(to);
        fromPicker.setHelperText(getTranslation("history.filter.dates"));
        fromPicker.addValueChangeListener(change -> {
            from = change.getValue();
            checkDates(toPicker);
            load();
        });
        toPicker.addValueChangeListener(change -> {
            to = change.getValue();
            checkDates(toPicker);
            load();
        });

        HorizontalLayout filters = new HorizontalLayout(types, studies, fromPicker, toPicker);
        filters.addClassName("history-filters");
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        filters.setWrap(true);
        return filters;
    }

    private void checkDates(DatePicker toPicker) {
        boolean wrong = from != null && to != null && to.isBefore(from);
        toPicker.setInvalid(wrong);
        toPicker.setErrorMessage(wrong ? getTranslation("history.filter.dateOrder") : null);
    }

    private Grid<LoggedEvent> grid() {
        Grid<LoggedEvent> events = new Grid<>();
        events.setId("history-grid");
        events.addClassName("history-grid");
        events.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        events.setPageSize(50);
        events.addColumn(LoggedEvent::position).setHeader(getTranslation("history.column.position"))
                .setKey("position").setAutoWidth(true).setFlexGrow(0);
        DateTimeFormatter recorded = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        events.addColumn(e -> recorded.format(e.recordedAt().atZone(DANISH_TIME))).setHeader(getTranslation("history.column.recordedAt"))
                .setKey("recorded").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(e -> e.validOn() == null ? "" : e.validOn().toString()).setHeader(getTranslation("history.column.validOn"))
                .setKey("valid").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(e -> typeName(e.type())).setHeader(getTranslation("history.column.type")).setKey("type").setAutoWidth(true);
        events.addColumn(e -> e.study() == null ? "" : e.study()).setHeader(getTranslation("history.column.study"))
                .setKey("study").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(LoggedEvent::summary).setHeader(getTranslation("history.column.summary")).setKey("summary").setFlexGrow(3);
        return events;
    }

    /** Lazily: a page per request, and no count over the whole log before the first page shows. */
    private void load() {
        if (grid == null) {
            return;
        }
        EventLogQuery.Filter shown = filter();
        grid.setItems(query -> log.page(shown, query.getOffset(), query.getLimit()).stream());
        chart.option(perMonth(log.perMonth(shown)));
    }

    /** Events per month (when they happened), one stacked bar series per kind, so the study's rhythm shows at a glance. */
    private Map<String, Object> perMonth(List<EventLogQuery.MonthCount> counts) {
        List<String> months = counts.stream().map(c -> c.month().toString().substring(0, 7)).distinct().sorted().toList();
        Map<String, Map<String, Long>> byType = new TreeMap<>();
        counts.forEach(c -> byType.computeIfAbsent(c.type(), t -> new HashMap<>()).put(c.month().toString().substring(0, 7), c.events()));
        List<Object> series = new ArrayList<>();
        byType.forEach((type, byMonth) -> series.add(Options.map("type", "bar", "stack", "events", "name", typeName(type),
                "data", months.stream().map(m -> (Object) byMonth.getOrDefault(m, 0L)).toList())));
        return Options.map("animation", false,
                "aria", Options.map("enabled", true, "decal", Options.map("show", true)),
                "tooltip", Options.map("trigger", "axis"),
                "legend", Options.map("type", "scroll", "top", 0),
                "grid", Options.map("left", 8, "right", 8, "top", 36, "bottom", 8, "containLabel", true),
                "xAxis", Options.map("type", "category", "data", months),
                "yAxis", Options.map("type", "value", "name", getTranslation("history.chart.axis")),
                "series", series);
    }

    /** The event's kind in the reader's language; a kind without a label keeps its name. */
    String typeName(String type) {
        String key = "history.type." + type;
        String name = getTranslation(key);
        return name.equals("!" + key) ? type : name;
    }
}
