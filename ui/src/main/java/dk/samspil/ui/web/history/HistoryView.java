package dk.samspil.ui.web.history;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.history.LoggedEvent;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.chart.Options;
import dk.samspil.ui.web.shell.PageView;
import dk.samspil.ui.web.shell.Pickers;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
public class HistoryView extends PageView<HistoryRequest, HistoryPage> {

    /** The choice "all" in the type and study filters. */
    static final String ANY = "";

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final HistoryQuery query;

    public HistoryView(HistoryQuery query) {
        super(HistoryRequest::of, query::load, "history.title", null);
        this.query = query;
        addClassName("history-view");
    }

    @Override
    protected void draw(HistoryPage shown) {
        add(new Paragraph(getTranslation("history.intro")), filters(shown));
        if (shown.upTo() != null) {
            Paragraph upTo = new Paragraph(getTranslation("history.upTo", Long.toString(shown.upTo())));
            upTo.setId("history-up-to");
            upTo.addClassName("history-up-to");
            add(upTo);
        }
        Chart chart = new Chart(getTranslation("history.chart"), "18rem");
        chart.setId("history-chart");
        chart.option(perMonth(shown.perMonth()));
        Grid<LoggedEvent> grid = grid();
        // lazily: a page per request, and no count over the whole log before the first page shows
        grid.setItems(page -> query.events(shown.filter(), page.getOffset(), page.getLimit()));
        add(chart, grid);
    }

    private HorizontalLayout filters(HistoryPage shown) {
        HistoryRequest request = shown.request();
        String any = getTranslation("history.filter.any");
        List<String> typeChoices = new ArrayList<>(List.of(ANY));
        typeChoices.addAll(shown.types());
        Select<String> types = Pickers.select("history-type", getTranslation("history.filter.type"), typeChoices,
                t -> t.isEmpty() ? any : typeName(t), typeChoices.contains(request.type()) ? request.type() : ANY,
                type -> show(request.withType(any(type))));

        List<String> studyChoices = new ArrayList<>(List.of(ANY));
        shown.studies().forEach(s -> studyChoices.add(s.key()));
        Select<String> studies = Pickers.select("history-study", getTranslation("history.filter.study"), studyChoices,
                s -> s.isEmpty() ? any : shown.studies().stream().filter(n -> n.key().equals(s))
                        .map(n -> n.name() + " (" + n.key() + ")").findFirst().orElse(s),
                studyChoices.contains(request.state().study()) ? request.state().study() : ANY,
                study -> show(request.withStudy(any(study))));

        DatePicker fromPicker = datePicker("history-from", "history.filter.from", request.from());
        fromPicker.setHelperText(getTranslation("history.filter.dates"));
        fromPicker.addValueChangeListener(change -> show(request.withFrom(change.getValue())));
        DatePicker toPicker = datePicker("history-to", "history.filter.to", request.to());
        toPicker.setInvalid(!request.datesInOrder());
        toPicker.setErrorMessage(request.datesInOrder() ? null : getTranslation("history.filter.dateOrder"));
        toPicker.addValueChangeListener(change -> show(request.withTo(change.getValue())));

        HorizontalLayout filters = new HorizontalLayout(types, studies, fromPicker, toPicker);
        filters.addClassName("history-filters");
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        filters.setWrap(true);
        return filters;
    }

    private DatePicker datePicker(String id, String label, LocalDate value) {
        DatePicker picker = new DatePicker(getTranslation(label));
        picker.setId(id);
        picker.setLocale(getLocale());
        picker.setClearButtonVisible(true);
        picker.setValue(value);
        return picker;
    }

    /** The choice "all" as the request says it: no value. */
    private static String any(String choice) {
        return choice == null || choice.equals(ANY) ? null : choice;
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
