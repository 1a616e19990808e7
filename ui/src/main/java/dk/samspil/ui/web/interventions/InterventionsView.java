package dk.samspil.ui.web.interventions;

import dk.samspil.ui.app.interventions.InterventionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.shell.ViewState;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A study's interventions and organisational changes as recorded now, with forms to register,
 * start, adjust and end interventions and to record organisational changes.
 */
@Route(value = "interventions", layout = MainLayout.class)
@Menu(title = "interventions.menu", order = 7)
@StyleSheet("styles/interventions.css")
@RolesAllowed({"ADMIN", "RESEARCHER", "PROGRAMME_MANAGER"})
public class InterventionsView extends Div implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final InterventionService service;
    private final Clock clock;
    private String studyKey;
    /** The form shown unfolded: the one last used, so a second entry follows the first without a click. */
    private String unfolded = "plan";
    private Locale renderedIn;

    public InterventionsView(InterventionService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("interventions-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        studyKey = ViewState.of(event.getLocation().getQueryParameters()).study();
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

    private void render() {
        renderedIn = getLocale();
        removeAll();
        add(new H2(getTranslation("interventions.title")));
        Optional<StudySummary> found = service.study(studyKey);
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("interventions.empty")));
            return;
        }
        StudySummary study = found.get();
        Timeline timeline = service.timeline(study.study());
        Labels labels = new Labels(this);
        Paragraph heading = new Paragraph(study.title() + " (" + study.study().value() + ")");
        heading.addClassName("interventions-study");
        add(heading);

        LocalDate now = LocalDate.now(clock.withZone(DANISH_TIME));
        if (timeline.interventions().stream().anyMatch(i -> i.startedOn() != null)) {
            add(InterventionsChart.of(timeline, labels, now, getTranslation("interventions.chart"), getTranslation("interventions.chart.running")));
        }
        add(new H3(getTranslation("interventions.list")));
        add(timeline.interventions().isEmpty() ? new Paragraph(getTranslation("interventions.list.empty"))
                : interventions(timeline.interventions(), study, labels));
        add(new H3(getTranslation("interventions.changes")));
        add(timeline.changes().isEmpty() ? new Paragraph(getTranslation("interventions.changes.empty"))
                : changes(timeline.changes(), study, labels));

        LocalDate today = LocalDate.now(clock.withZone(DANISH_TIME));
        List<Timeline.Intervention> all = timeline.interventions();
        List<Timeline.Intervention> planned = all.stream().filter(i -> i.startedOn() == null).toList();
        List<Timeline.Intervention> running = all.stream().filter(i -> i.startedOn() != null && i.endedOn() == null).toList();
        List<Timeline.Intervention> open = all.stream().filter(i -> i.endedOn() == null).toList();
        add(section("interventions.plan", "plan", new PlanForm(service, study, labels, saved("plan"))));
        add(section("interventions.start", "start", new DateStepForm("start", "interventions.field.startOn", planned, today,
                (key, on) -> service.start(study.study(), key, on), saved("start"))));
        add(section("interventions.adjust", "adjust", new AdjustForm(service, study, open, today, labels, saved("adjust"))));
        add(section("interventions.end", "end", new DateStepForm("end", "interventions.field.endedOn", running, today,
                (key, on) -> service.end(study.study(), key, on), saved("end"))));
        add(section("interventions.record", "record", new ChangeForm(service, study, today, labels, saved("record"))));
    }

    private Runnable saved(String section) {
        return () -> {
            unfolded = section;
            render();
        };
    }

    private Details section(String titleKey, String id, Component form) {
        Details details = new Details(getTranslation(titleKey), form);
        details.setId(id + "-section");
        details.addClassName("interventions-section");
        details.setOpened(id.equals(unfolded));
        return details;
    }

    /** A compact, striped grid that shows all its rows. */
    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addClassName("interventions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<Timeline.Intervention> interventions(List<Timeline.Intervention> interventions, StudySummary study, Labels labels) {
        Grid<Timeline.Intervention> grid = grid("interventions-grid");
        grid.addColumn(Timeline.Intervention::intervention).setHeader(getTranslation("interventions.column.key")).setAutoWidth(true);
        grid.addColumn(i -> labels.type(i.type())).setHeader(getTranslation("interventions.column.type")).setAutoWidth(true);
        grid.addColumn(Timeline.Intervention::title).setHeader(getTranslation("interventions.column.title")).setFlexGrow(2);
        grid.addColumn(i -> i.units().stream().map(u -> Labels.unit(study, u)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("interventions.column.units")).setFlexGrow(1);
        grid.addColumn(i -> i.groups().stream().map(g -> Labels.group(study, g)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("interventions.column.groups")).setFlexGrow(2);
        grid.addColumn(i -> labels.status(i.status())).setHeader(getTranslation("interventions.column.status")).setAutoWidth(true);
        grid.addColumn(i -> date(i.startedOn())).setHeader(getTranslation("interventions.column.started")).setAutoWidth(true);
        grid.addColumn(i -> date(i.endedOn())).setHeader(getTranslation("interventions.column.ended")).setAutoWidth(true);
        grid.setItems(interventions);
        return grid;
    }

    private Grid<Timeline.Change> changes(List<Timeline.Change> changes, StudySummary study, Labels labels) {
        Grid<Timeline.Change> grid = grid("changes-grid");
        grid.addColumn(c -> date(c.effectiveOn())).setHeader(getTranslation("interventions.column.effective")).setAutoWidth(true);
        grid.addColumn(c -> labels.change(c.change())).setHeader(getTranslation("interventions.column.change")).setAutoWidth(true);
        grid.addColumn(c -> Labels.unit(study, c.unit())).setHeader(getTranslation("interventions.column.unit")).setAutoWidth(true);
        grid.addColumn(c -> c.otherUnit() == null ? "" : Labels.unit(study, c.otherUnit()))
                .setHeader(getTranslation("interventions.column.otherUnit")).setAutoWidth(true);
        grid.addColumn(c -> c.note() == null ? "" : c.note()).setHeader(getTranslation("interventions.column.note")).setFlexGrow(2);
        grid.setItems(changes);
        return grid;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
