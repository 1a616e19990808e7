package dk.samspil.ui.web.release;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.projections.release.ReleasePoint;
import dk.samspil.projections.release.WithheldReason;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.release.WaveReleases;
import dk.samspil.ui.web.MainLayout;
import dk.samspil.ui.web.shell.ViewState;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The release page: pick a study's wave, read the release review (what a release shows, what it
 * withholds and why), then release it with the button; the wave's figures then reach programme managers.
 */
@Route(value = "release", layout = MainLayout.class)
@Menu(title = "release.menu", order = 9)
@RolesAllowed({"ADMIN", "RESEARCHER"})
public class ReleaseView extends Div implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver {

    private final WaveReleases releases;
    private ViewState state = new ViewState(null, null);
    /** The wave the address names (?wave=w0), reviewed at once; otherwise the researcher picks one. */
    private String askedWave;
    private String renderedFor;
    private WaveReleases.Review made;

    public ReleaseView(WaveReleases releases) {
        this.releases = releases;
        addClassName("release-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = ViewState.of(event.getLocation().getQueryParameters());
        askedWave = event.getLocation().getQueryParameters().getSingleParameter("wave").orElse(null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        renderIfChanged();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // also a navigation to this same view with another ?wave=, which attaches nothing anew
        renderIfChanged();
    }

    /** Renders once per language, study and wave asked for: a review is too costly to make twice for one visit. */
    private void renderIfChanged() {
        String asked = getLocale() + " " + state.study() + " " + askedWave;
        if (!asked.equals(renderedFor)) {
            render();
        }
    }

    private void render() {
        renderedFor = getLocale() + " " + state.study() + " " + askedWave;
        removeAll();
        add(new H2(getTranslation("release.title")), new Paragraph(getTranslation("release.intro")));
        List<StudySummary> studies = releases.studies();
        if (studies.isEmpty()) {
            add(new Paragraph(getTranslation("release.empty")));
            return;
        }
        Select<StudySummary> study = new Select<>();
        study.setId("release-study");
        study.setLabel(getTranslation("release.field.study"));
        // a study's title and a wave's dates are long: one row each, the page's width, so neither is cut off
        study.setWidthFull();
        study.setItems(studies);
        study.setItemLabelGenerator(s -> s.title() + " (" + s.study() + ")");
        study.setValue(studies.stream().filter(s -> s.study().value().equals(state.study())).findFirst().orElse(studies.getFirst()));
        Select<StudySummary.Wave> wave = new Select<>();
        wave.setId("release-wave");
        wave.setLabel(getTranslation("release.field.wave"));
        wave.setWidthFull();
        wave.setItemLabelGenerator(w -> w.label() + " (" + w.key() + ", " + w.opensOn() + " – " + w.closesOn() + ")");
        Div review = new Div();
        review.setId("release-review");
        Div points = new Div();
        study.addValueChangeListener(change -> {
            made = null;
            choose(change.getValue(), wave, review, points);
        });
        wave.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                review(study.getValue(), change.getValue(), review);
            }
        });
        add(new Div(study, wave), review, points);
        choose(study.getValue(), wave, review, points);
    }

    private void choose(StudySummary study, Select<StudySummary.Wave> wave, Div review, Div points) {
        wave.setItems(study.waves());
        showPoints(study, points);
        review.removeAll();
        // a review decides every figure of the study again, seconds to a minute: made when a wave is chosen, not on every visit
        String hint = made == null ? getTranslation("release.choose")
                : getTranslation("release.done", made.wave(), Long.toString(made.position()), Long.toString(made.shown()));
        study.waves().stream().filter(w -> w.key().equals(askedWave)).findFirst()
                .ifPresentOrElse(wave::setValue, () -> review.add(note("release-choose", hint)));
    }

    /** The review of releasing the wave now, before anything is recorded, and the button that does it. */
    private void review(StudySummary study, StudySummary.Wave wave, Div into) {
        into.removeAll();
        if (made != null) {
            into.add(note("release-done", getTranslation("release.done", made.wave(), Long.toString(made.position()),
                    Long.toString(made.shown()))));
        }
        WaveReleases.Review review;
        try {
            review = releases.review(study.study().value(), wave.key());
        } catch (IllegalArgumentException | AccessPolicy.AccessDenied e) {
            into.add(note("release-error", e.getMessage()));
            return;
        }
        into.add(new H3(getTranslation("release.review.title", wave.key())), new Paragraph(getTranslation("release.review.summary",
                Long.toString(review.shown()), Long.toString(review.belowK()), Integer.toString(review.heldBack().size()),
                Integer.toString(review.secondary().size()), Integer.toString(review.k()))));
        Grid<WaveReleases.Withheld> withheld = new Grid<>();
        withheld.setId("release-withheld");
        withheld.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        withheld.addColumn(WaveReleases.Withheld::figure).setHeader(getTranslation("release.review.figure")).setAutoWidth(true);
        withheld.addColumn(WaveReleases.Withheld::n).setHeader("n").setAutoWidth(true).setFlexGrow(0);
        withheld.addColumn(w -> reason(w.why())).setHeader(getTranslation("release.review.reason")).setFlexGrow(1);
        List<WaveReleases.Withheld> rows = new java.util.ArrayList<>(review.heldBack());
        rows.addAll(review.secondary());
        withheld.setItems(rows);
        withheld.setHeight("24rem");
        Button release = new Button(getTranslation("release.submit", wave.key()), click -> release(study, wave, into));
        release.setId("release-submit");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        into.add(withheld, release);
    }

    private void release(StudySummary study, StudySummary.Wave wave, Div into) {
        try {
            made = releases.release(study.study().value(), wave.key());
            askedWave = null;
            render();
        } catch (IllegalArgumentException | AccessPolicy.AccessDenied e) {
            into.add(note("release-error", e.getMessage()));
        }
    }

    private void showPoints(StudySummary study, Div into) {
        into.removeAll();
        List<ReleasePoint> points = releases.points(study.study().value());
        into.add(new H3(getTranslation("release.points")));
        if (points.isEmpty()) {
            into.add(new Paragraph(getTranslation("release.points.none")));
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<ReleasePoint> grid = new Grid<>();
        grid.setId("release-points");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> date.format(p.releasedOn())).setHeader(getTranslation("release.points.on")).setAutoWidth(true);
        grid.addColumn(ReleasePoint::wave).setHeader(getTranslation("release.field.wave")).setAutoWidth(true);
        grid.addColumn(ReleasePoint::position).setHeader(getTranslation("release.points.position")).setAutoWidth(true);
        grid.addColumn(ReleasePoint::releasedBy).setHeader(getTranslation("release.points.by")).setFlexGrow(1);
        grid.setItems(points);
        into.add(grid);
    }

    /** Why a figure is withheld, in the page's language. */
    private String reason(WithheldReason why) {
        return getTranslation("release.reason." + why.kind().name().toLowerCase(java.util.Locale.ROOT), why.count(), why.k(),
                Long.toString(why.since()));
    }

    private static Paragraph note(String id, String text) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        note.getElement().setAttribute("role", id.endsWith("error") ? "alert" : "status");
        return note;
    }
}
