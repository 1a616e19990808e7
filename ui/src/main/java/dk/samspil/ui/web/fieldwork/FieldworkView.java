package dk.samspil.ui.web.fieldwork;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.fieldwork.DistributionPlans;
import dk.samspil.ui.app.fieldwork.WaveTemplates;
import dk.samspil.ui.app.fieldwork.FieldworkProgress;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.shell.ViewState;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The fieldwork page: a study's wave while it is open, refreshed every ten seconds: response per unit
 * and per group, the mails per unit, and each relation cell's raters against k (counts only); below,
 * the wave's distribution plan and its own message texts.
 */
@Route(value = "fieldwork", layout = MainLayout.class)
@Menu(title = "fieldwork.menu", order = 8.5)
@RolesAllowed({"ADMIN", "RESEARCHER"})
public class FieldworkView extends Div implements BeforeEnterObserver, LocaleChangeObserver {

    /** How often an open page asks again: submissions arrive all day while a wave is open. */
    static final int REFRESH_MILLIS = 10_000;

    private final FieldworkProgress fieldwork;
    private final DistributionPlans plans;
    private final WaveTemplates templates;
    private final Clock clock;
    private ViewState state = new ViewState(null, null);
    private String askedWave;
    private final Div figures = new Div();
    private Registration polling;
    private Runnable refresh = () -> { };

    public FieldworkView(FieldworkProgress fieldwork, DistributionPlans plans, WaveTemplates templates, Clock clock) {
        this.fieldwork = fieldwork;
        this.plans = plans;
        this.templates = templates;
        this.clock = clock;
        addClassName("fieldwork-view");
        figures.setId("fieldwork-figures");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = ViewState.of(event.getLocation().getQueryParameters());
        askedWave = event.getLocation().getQueryParameters().getSingleParameter("wave").orElse(null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(REFRESH_MILLIS);
        polling = attach.getUI().addPollListener(poll -> refresh.run());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("fieldwork.title")), new Paragraph(getTranslation("fieldwork.intro")));
        List<StudySummary> studies = fieldwork.studies();
        if (studies.isEmpty()) {
            add(new Paragraph(getTranslation("fieldwork.empty")));
            return;
        }
        Select<StudySummary> study = new Select<>();
        study.setId("fieldwork-study");
        study.setLabel(getTranslation("fieldwork.field.study"));
        study.setWidthFull();
        study.setItems(studies);
        study.setItemLabelGenerator(s -> s.title() + " (" + s.study() + ")");
        Select<StudySummary.Wave> wave = new Select<>();
        wave.setId("fieldwork-wave");
        wave.setLabel(getTranslation("fieldwork.field.wave"));
        wave.setWidthFull();
        wave.setItemLabelGenerator(w -> w.label() + " (" + w.key() + ", " + w.opensOn() + " – " + w.closesOn() + ")");
        study.addValueChangeListener(change -> {
            wave.setItems(change.getValue().waves());
            wave.setValue(chosenWave(change.getValue()));
        });
        Div plan = new Div();
        wave.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                refresh = () -> show(study.getValue(), change.getValue());
                refresh.run();
                // the form is not redrawn by the refresh: a half-filled plan survives it
                plan.removeAll();
                plan.add(new PlanForm(plans, study.getValue().study(), WaveKey.of(change.getValue().key())),
                        new TemplateForm(templates, study.getValue().study(), WaveKey.of(change.getValue().key())));
            }
        });
        add(new Div(study, wave), figures, plan);
        study.setValue(studies.stream().filter(s -> s.study().value().equals(state.study())).findFirst().orElse(studies.getFirst()));
    }

    /** The wave the address names, else the one open today, else the latest. */
    private StudySummary.Wave chosenWave(StudySummary study) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Copenhagen")));
        return study.waves().stream().filter(w -> w.key().equals(askedWave)).findFirst()
                .or(() -> study.waves().stream().filter(w -> !today.isBefore(w.opensOn()) && !today.isAfter(w.closesOn())).findFirst())
                .orElse(study.waves().getLast());
    }

    private void show(StudySummary study, StudySummary.Wave wave) {
        figures.removeAll();
        FieldworkProgress.Progress p;
        try {
            p = fieldwork.of(study.study(), WaveKey.of(wave.key()));
        } catch (IllegalArgumentException | AccessPolicy.AccessDenied e) {
            Paragraph error = new Paragraph(e.getMessage());
            error.setId("fieldwork-error");
            figures.add(error);
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("fieldwork.summary", p.total().answered(), p.total().invited(),
                percent(p.total()), p.cells().stream().filter(FieldworkProgress.Cell::reachedK).count(), p.cells().size(), p.k()));
        summary.setId("fieldwork-summary");
        Grid<FieldworkProgress.Rate> units = rates("fieldwork-units", "fieldwork.col.unit", p.units());
        units.addColumn(r -> messages(p, r.key()).sent()).setHeader(getTranslation("fieldwork.col.sent")).setAutoWidth(true);
        units.addColumn(r -> messages(p, r.key()).failed()).setHeader(getTranslation("fieldwork.col.failed")).setAutoWidth(true);
        units.addColumn(r -> messages(p, r.key()).bounced()).setHeader(getTranslation("fieldwork.col.bounced")).setAutoWidth(true);
        units.addColumn(r -> messages(p, r.key()).uncertain()).setHeader(getTranslation("fieldwork.col.uncertain")).setAutoWidth(true);
        Grid<FieldworkProgress.Rate> groups = rates("fieldwork-groups", "fieldwork.col.group", p.groups().stream()
                .map(r -> r.key().equals("citizens") ? new FieldworkProgress.Rate(getTranslation("fieldwork.citizens"), r.invited(), r.answered()) : r)
                .toList());
        Grid<FieldworkProgress.Cell> cells = new Grid<>();
        cells.setId("fieldwork-cells");
        cells.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        cells.setAllRowsVisible(true);
        cells.addColumn(FieldworkProgress.Cell::fromGroup).setHeader(getTranslation("fieldwork.col.from")).setAutoWidth(true);
        cells.addColumn(FieldworkProgress.Cell::toGroup).setHeader(getTranslation("fieldwork.col.to")).setAutoWidth(true);
        cells.addColumn(FieldworkProgress.Cell::raters).setHeader(getTranslation("fieldwork.col.raters")).setAutoWidth(true);
        cells.addColumn(c -> c.reachedK() ? getTranslation("fieldwork.status.reached") : getTranslation("fieldwork.status.missing", c.k() - c.raters()))
                .setHeader(getTranslation("fieldwork.col.status")).setFlexGrow(1);
        cells.setItems(p.cells());
        figures.add(summary, new H3(getTranslation("fieldwork.units")), units, new H3(getTranslation("fieldwork.groups")), groups,
                new H3(getTranslation("fieldwork.cells")), cells);
    }

    private Grid<FieldworkProgress.Rate> rates(String id, String keyHeader, List<FieldworkProgress.Rate> rates) {
        Grid<FieldworkProgress.Rate> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        column(grid, FieldworkProgress.Rate::key, keyHeader);
        column(grid, FieldworkProgress.Rate::invited, "fieldwork.col.invited");
        column(grid, FieldworkProgress.Rate::answered, "fieldwork.col.answered");
        column(grid, this::percent, "fieldwork.col.percent");
        grid.setItems(rates);
        return grid;
    }

    private void column(Grid<FieldworkProgress.Rate> grid, Function<FieldworkProgress.Rate, ?> value, String header) {
        grid.addColumn(value::apply).setHeader(getTranslation(header)).setAutoWidth(true);
    }

    private String percent(FieldworkProgress.Rate rate) {
        return String.format(Locale.ROOT, "%.0f", rate.percent());
    }

    private static FieldworkProgress.Messages messages(FieldworkProgress.Progress p, String unit) {
        return p.messages().stream().filter(m -> m.unit().equals(unit)).findFirst().orElse(new FieldworkProgress.Messages(unit, 0, 0, 0, 0));
    }
}
