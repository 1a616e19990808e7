package dk.samspil.ui.web.overview;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Role;
import dk.samspil.projections.analysis.Change;
import dk.samspil.projections.overview.StudyOverview;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.app.meeting.MeetingReportJobs;
import dk.samspil.ui.app.study.StudyAccess;
import dk.samspil.ui.web.report.ReportPanel;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.export.DownloadsView;
import dk.samspil.ui.web.shell.Choices;
import dk.samspil.ui.web.shell.PageView;
import dk.samspil.ui.web.shell.StudyPages;
import jakarta.annotation.security.PermitAll;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The start page: what the study is about, who takes part, how each wave was answered, where the
 * RK index stands against the baseline, and which interventions are running, all as of the moment
 * the as-of control shows.
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "overview.menu", order = 1)
@StyleSheet("styles/overview.css")
@PermitAll
public class OverviewView extends PageView<OverviewRequest, OverviewPage> implements HasDynamicTitle {

    private final StudyAccess access;

    private final MeetingReportJobs reports;

    public OverviewView(StudyPages pages, OverviewQuery query, StudyAccess access, MeetingReportJobs reports) {
        super(OverviewRequest::of, pages.loader(Operation.VIEW_OVERVIEW, query::page), null, "overview.empty");
        this.access = access;
        this.reports = reports;
        addClassName("overview-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (access.principal().role() == Role.PARTNER) {
            // a partner account sees no study, only the exports made for it
            event.forwardTo(DownloadsView.class);
            return;
        }
        super.beforeEnter(event);
    }

    @Override
    public String getPageTitle() {
        return page().map(p -> p.study().title() + " · Samspil").orElse("Samspil");
    }

    @Override
    protected void draw(OverviewPage shown) {
        add(heading(shown), new ReportPanel(reports, shown.study().study().value(), null, shown.position()), figure(shown), rk(shown),
                interventions(shown), structure(shown));
        Paragraph asOf = new Paragraph(getTranslation("overview.asOf", Long.toString(shown.position()), Integer.toString(shown.k())));
        asOf.addClassName("overview-as-of");
        add(asOf);
    }

    private Div heading(OverviewPage shown) {
        StudySummary study = shown.study();
        H2 title = new H2(study.title());
        title.setId("overview-title");
        Div heading = new Div(title);
        heading.addClassName("overview-heading");
        if (shown.studies().size() > 1) {
            Select<StudySummary.Named> studies = new Select<>();
            studies.setId("overview-study-picker");
            studies.setLabel(getTranslation("overview.picker"));
            studies.setItems(shown.studies());
            studies.setItemLabelGenerator(StudySummary.Named::name);
            shown.studies().stream().filter(s -> s.key().equals(study.study().value())).findFirst().ifPresent(studies::setValue);
            studies.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    UI.getCurrent().navigate("", shown.shown().state().withStudy(change.getValue().key()).address());
                }
            });
            heading.add(studies);
        }
        if (study.organisationName() != null) {
            Paragraph organisation = new Paragraph(getTranslation("overview.organisation") + ": " + study.organisationName());
            organisation.setId("overview-organisation");
            heading.add(organisation);
        }
        if (study.sharedTask() != null) {
            Paragraph task = new Paragraph(getTranslation("overview.sharedTask") + ": " + study.sharedTask());
            task.setId("overview-shared-task");
            heading.add(task);
        }
        if (study.startsOn() != null) {
            heading.add(new Paragraph(getTranslation("overview.startsOn", study.startsOn().toString())));
        }
        return heading;
    }

    /** The chart of response and RK per wave, with the same numbers in the grid under it, each column as wide as its text. */
    private Section figure(OverviewPage shown) {
        OverviewTexts texts = texts(shown);
        Section section = new Section(new H3(getTranslation("overview.waves.heading")));
        section.addClassName("overview-waves");
        Chart chart = new Chart(getTranslation("overview.chart.description"), "20rem");
        chart.setId("overview-chart");
        chart.option(OverviewChart.option(shown, texts));
        Grid<StudyOverview.WaveResponse> grid = new Grid<>();
        grid.setId("overview-waves-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StudyOverview.WaveResponse::label).setKey("wave").setHeader(getTranslation("overview.column.wave"))
                // the one column that may wrap (a wave's name), so the numbers keep their width and the table needs no scrolling
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(w -> w.opensOn() + " – " + w.closesOn()).setKey("window").setHeader(getTranslation("overview.column.window")).setAutoWidth(true);
        grid.addColumn(w -> Long.toString(w.questionnaires())).setKey("questionnaires")
                .setHeader(getTranslation("overview.column.questionnaires")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(w -> Long.toString(w.respondents())).setKey("respondents")
                .setHeader(getTranslation("overview.column.respondents")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(w -> w.invited() == null ? OverviewTexts.NONE : Long.toString(w.invited())).setKey("invited")
                .setHeader(getTranslation("overview.column.invited")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(w -> w.responseRate().isPresent() ? texts.percent(w.responseRate().getAsDouble() * 100) : OverviewTexts.NONE)
                .setKey("rate").setHeader(getTranslation("overview.column.rate")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        if (!shown.rkByWave().isEmpty()) {
            grid.addColumn(w -> shown.rk(w.wave()).map(texts::index).orElse(OverviewTexts.NONE)).setKey("rk")
                    .setHeader(getTranslation("overview.column.rk")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            grid.addColumn(w -> shown.rk(w.wave()).map(texts::n).orElse(OverviewTexts.NONE)).setKey("rkN")
                    .setHeader(getTranslation("overview.column.n")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.setItems(shown.overview().waves());
        grid.setAllRowsVisible(true);
        Div numbers = new Div(grid, new Paragraph(getTranslation("overview.rate.note")));
        numbers.addClassName("overview-numbers");
        Div pair = new Div(chart, numbers);
        pair.addClassName("overview-figure");
        section.add(pair);
        return section;
    }

    private Section rk(OverviewPage shown) {
        OverviewTexts texts = texts(shown);
        Section section = new Section(new H3(getTranslation("overview.rk.heading")));
        section.addClassName("overview-rk");
        Optional<OverviewPage.WaveIndex> latest = shown.rkByWave().stream().filter(w -> w.n() > 0).reduce((a, b) -> b);
        if (latest.isEmpty()) {
            section.add(new Paragraph(getTranslation(shown.rkByWave().isEmpty() ? "overview.rk.noInstrument" : "overview.rk.none")));
            return section;
        }
        OverviewPage.WaveIndex at = latest.get();
        Paragraph index = new Paragraph(getTranslation("overview.rk.latest", at.label(), texts.index(at), texts.n(at)));
        index.setId("overview-rk-latest");
        section.add(index);
        shown.rkChange().ifPresent(change -> {
            Change.Side side = change.overall();
            String from = shown.rk(change.from().value()).map(OverviewPage.WaveIndex::label).orElse(change.from().value());
            String pct = side.changePct() == null ? getTranslation("overview.suppressed.k", Integer.toString(shown.k()))
                    : texts.signedPercent(side.changePct());
            Paragraph changed = new Paragraph(getTranslation("overview.rk.change", from,
                    side.meanStart() == null ? OverviewTexts.NONE : texts.mean(side.meanStart()), pct));
            changed.setId("overview-rk-change");
            section.add(changed);
        });
        return section;
    }

    private Section interventions(OverviewPage shown) {
        Section section = new Section(new H3(getTranslation("overview.interventions.heading")));
        section.addClassName("overview-interventions");
        if (shown.running().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("overview.interventions.none"));
            none.setId("overview-interventions-none");
            section.add(none);
            return section;
        }
        Grid<Timeline.Intervention> grid = new Grid<>();
        grid.setId("overview-interventions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Timeline.Intervention::intervention).setKey("key").setHeader(getTranslation("overview.column.key"));
        grid.addColumn(Timeline.Intervention::title).setKey("title").setHeader(getTranslation("overview.column.intervention"));
        grid.addColumn(i -> typeName(i.type())).setKey("type").setHeader(getTranslation("overview.column.type"));
        grid.addColumn(i -> i.units().stream().map(u -> Choices.name(shown.study().units(), u)).collect(Collectors.joining(", ")))
                .setKey("units").setHeader(getTranslation("overview.column.units"));
        // groups in the order the study defines them, as people know them
        grid.addColumn(i -> String.join(", ", Choices.names(shown.study().groups(), i.groups()))).setKey("groups")
                .setHeader(getTranslation("overview.column.groups"));
        grid.addColumn(i -> i.startedOn().toString()).setKey("started").setHeader(getTranslation("overview.column.started"));
        grid.setItems(shown.running());
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private Section structure(OverviewPage shown) {
        UnorderedList units = tree(shown.overview(), null);
        units.setId("overview-units");
        UnorderedList groups = new UnorderedList();
        groups.setId("overview-groups");
        shown.study().groups().forEach(g -> groups.add(new ListItem(g.name())));
        Div unitBox = new Div(new H3(getTranslation("overview.units.heading")), units);
        Div groupBox = new Div(new H3(getTranslation("overview.groups.heading")), groups);
        Section section = new Section(unitBox, groupBox);
        section.addClassName("overview-structure");
        return section;
    }

    private UnorderedList tree(StudyOverview overview, String parent) {
        UnorderedList list = new UnorderedList();
        for (StudyOverview.Unit unit : overview.children(parent)) {
            ListItem item = new ListItem(new Span(unit.name()));
            if (!overview.children(unit.unit()).isEmpty()) {
                item.add(tree(overview, unit.unit()));
            }
            list.add(item);
        }
        return list;
    }

    private String typeName(String type) {
        return getTranslation("overview.type." + type);
    }

    private OverviewTexts texts(OverviewPage shown) {
        return new OverviewTexts(this::getTranslation, getLocale(), shown.k());
    }
}
