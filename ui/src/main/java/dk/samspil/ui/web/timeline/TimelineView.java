package dk.samspil.ui.web.timeline;

import dk.samspil.ui.app.meeting.MeetingReportJobs;
import dk.samspil.ui.web.report.ReportPanel;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.projections.outcomes.PeriodLength;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.shell.PageView;
import dk.samspil.ui.web.shell.StudyPages;
import dk.samspil.ui.web.shell.Pickers;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;

/**
 * The programme manager's timeline: waves, process steps, interventions and organisational changes
 * on one time axis with the RK, leadership and citizen-quality indices and a citizen outcome, for
 * the whole study or one unit, optionally narrowed to a window around an intervention's start.
 */
@Route(value = "timeline", layout = MainLayout.class)
@Menu(title = "timeline.menu", order = 5)
@StyleSheet("styles/timeline.css")
@RolesAllowed({"ADMIN", "RESEARCHER", "PROGRAMME_MANAGER"})
public class TimelineView extends PageView<TimelineRequest, TimelinePage> implements HasDynamicTitle {

    /** The unit choice that stands for the whole study. */
    static final String ALL_UNITS = "";

    private final MeetingReportJobs reports;

    public TimelineView(StudyPages pages, TimelineQuery query, MeetingReportJobs reports) {
        super(TimelineRequest::of, pages.loader(Operation.VIEW_TIMELINE, query::page), null, "timeline.empty");
        this.reports = reports;
        addClassName("timeline-view");
    }

    @Override
    public String getPageTitle() {
        return page().map(p -> getTranslation("timeline.menu") + " · " + p.study().title() + " · Samspil").orElse("Samspil");
    }

    @Override
    protected void draw(TimelinePage shown) {
        TimelineTexts texts = new TimelineTexts(this::getTranslation, getLocale(), shown);
        H2 title = new H2(getTranslation("timeline.heading", shown.study().title()));
        title.setId("timeline-title");
        add(title, new Paragraph(getTranslation("timeline.reading")), pickers(shown, texts),
                new ReportPanel(reports, shown.study().study().value(), shown.unit(), shown.position()), figure(shown, texts));
        Paragraph asOf = new Paragraph(getTranslation("timeline.asOf", Long.toString(shown.position()), Integer.toString(shown.k())));
        asOf.addClassName("timeline-as-of");
        add(asOf);
    }

    private HorizontalLayout pickers(TimelinePage shown, TimelineTexts texts) {
        TimelineRequest request = shown.request();
        List<String> units = new ArrayList<>();
        units.add(ALL_UNITS);
        shown.study().units().stream().map(StudySummary.Named::key).forEach(units::add);
        Select<String> unit = Pickers.select("timeline-unit", getTranslation("timeline.unit"), units,
                u -> u.equals(ALL_UNITS) ? getTranslation("timeline.unit.all") : shown.unitName(u),
                shown.unit() == null ? ALL_UNITS : shown.unit(), u -> show(request.withUnit(ALL_UNITS.equals(u) ? null : u)));

        String whole = getTranslation("timeline.window.whole");
        Select<Timeline.Intervention> intervention = Pickers.emptyAs(whole, Pickers.select("timeline-intervention",
                getTranslation("timeline.window.around"), shown.started(),
                i -> i == null ? whole : getTranslation("timeline.window.item", i.title(), texts.type(i.type()), i.startedOn().toString()),
                shown.intervention().orElse(null), i -> show(request.withIntervention(i == null ? null : i.intervention()))));

        Select<Integer> window = Pickers.select("timeline-window", getTranslation("timeline.window.length"), TimelineRequest.WINDOWS,
                months -> getTranslation("timeline.window.months", Integer.toString(months)),
                TimelineRequest.WINDOWS.contains(shown.window()) ? shown.window() : null, months -> show(request.withWindow(months)));
        window.setEnabled(shown.intervention().isPresent());

        HorizontalLayout pickers = Pickers.row("timeline-pickers", unit, intervention, window);
        if (shown.outcomes().size() > 1) {
            pickers.add(Pickers.select("timeline-outcome", getTranslation("timeline.outcome"), shown.outcomes(), texts::outcome,
                    shown.outcome(), outcome -> show(request.withOutcome(outcome))));
        }
        if (shown.story() != null) {
            String shortest = getTranslation("timeline.period.shortest");
            pickers.add(Pickers.emptyAs(shortest, Pickers.select("timeline-period", getTranslation("timeline.period"),
                    List.of(PeriodLength.values()), p -> p == null ? shortest : texts.length(p),
                    shown.story().chosen() ? shown.story().length() : null, p -> show(request.withPeriod(p)))));
        }
        pickers.setWrap(true);
        return pickers;
    }

    private Section figure(TimelinePage shown, TimelineTexts texts) {
        String scope = shown.unit() == null ? getTranslation("timeline.unit.all") : shown.unitName(shown.unit());
        TimelineChart.Drawn drawn = TimelineChart.draw(shown, texts);
        Chart chart = new Chart(getTranslation("timeline.chart.description", scope), drawn.height() + "px");
        chart.setId("timeline-chart");
        chart.option(drawn.option());
        Paragraph window = new Paragraph(shown.intervention()
                .map(i -> getTranslation("timeline.window.shown", Integer.toString(shown.window()), i.title(), i.startedOn().toString()))
                .orElse(getTranslation("timeline.window.all")));
        window.setId("timeline-window-shown");
        Section section = new Section(chart, window, numbers(shown, texts));
        section.addClassName("timeline-figure");
        return section;
    }

    private Div numbers(TimelinePage shown, TimelineTexts texts) {
        Grid<TimelineEvents.Event> events = new Grid<>();
        events.setId("timeline-events");
        events.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        events.addColumn(e -> e.on() == null ? TimelineTexts.NONE : e.on().toString()).setKey("date")
                .setHeader(getTranslation("timeline.column.date")).setAutoWidth(true).setFlexGrow(0);
        events.addColumn(TimelineEvents.Event::kind).setKey("kind").setHeader(getTranslation("timeline.column.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        events.addColumn(TimelineEvents.Event::what).setKey("what").setHeader(getTranslation("timeline.column.what"));
        events.setItems(TimelineEvents.of(shown, texts));
        events.setAllRowsVisible(true);

        Grid<TimelinePage.WaveIndices> indices = new Grid<>();
        indices.setId("timeline-indices");
        indices.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        indices.addColumn(w -> w.wave().label()).setKey("wave").setHeader(getTranslation("timeline.column.wave"));
        for (InstrumentRef ref : shown.instruments()) {
            indices.addColumn(w -> texts.figure(w.figures().get(ref))).setKey(ref + "-mean").setHeader(texts.instrument(ref))
                    .setTextAlign(ColumnTextAlign.END);
            indices.addColumn(w -> texts.n(w.figures().get(ref))).setKey(ref + "-n").setHeader(getTranslation("timeline.column.n"))
                    .setTextAlign(ColumnTextAlign.END);
        }
        indices.setItems(shown.indices());
        indices.setAllRowsVisible(true);

        Div boxes = new Div(box("timeline.events.heading", events), box("timeline.indices.heading", indices));
        if (shown.story() != null) {
            boxes.add(TimelineOutcomeTables.box(shown, texts));
        }
        boxes.addClassName("timeline-numbers");
        return boxes;
    }

    private Div box(String heading, Grid<?> grid) {
        Div box = new Div(new H3(getTranslation(heading)), grid);
        box.addClassName("timeline-box");
        return box;
    }
}
