package dk.samspil.ui.web.shell;

import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Operation;
import dk.samspil.projections.release.ReleasePoint;
import dk.samspil.ui.app.study.StudyMoments;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.history.EventLogQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The as-of control above every analytic view: a slider over the event positions, a date, and a
 * way back to the latest state; while a view shows an earlier state a banner says so plainly.
 * Changing it changes the address (?asof=...), so the view reloads what it shows for that moment.
 */
public class AsOfBar extends Div {

    private final Positions positions;
    private final EventLogQuery log;
    private final StudyMoments moments;
    private Location location;

    public AsOfBar(Positions positions, EventLogQuery log, StudyMoments moments) {
        this.positions = positions;
        this.log = log;
        this.moments = moments;
        addClassName("as-of-bar");
        setId("as-of-bar");
    }

    /** Shows the control for the address a view was opened at. */
    public void show(Location location) {
        this.location = location;
        removeAll();
        ViewState state = ViewState.of(location.getQueryParameters());
        long head = positions.resolve(AsOf.LATEST);
        long shown = positions.resolve(state.moment());
        if (head < 0) {
            return;
        }
        Optional<StudyMoments.StudyMoment> moment = readsAtReleases(state);
        if (moment.isPresent()) {
            showReleases(moment.get());
            return;
        }
        Input slider = new Input(ValueChangeMode.ON_CHANGE);
        slider.setType("range");
        slider.setId("as-of-slider");
        slider.getElement().setAttribute("min", "0");
        slider.getElement().setAttribute("max", Long.toString(head));
        slider.getElement().setAttribute("step", "1");
        slider.getElement().setAttribute("aria-valuetext", getTranslation("asof.position", Long.toString(shown)));
        slider.setValue(Long.toString(shown));
        slider.addValueChangeListener(change -> moveTo(change.getValue()));
        NativeLabel sliderLabel = new NativeLabel(getTranslation("asof.slider"));
        sliderLabel.setFor(slider);
        Span position = new Span(getTranslation("asof.position", Long.toString(shown)));
        position.addClassName("as-of-position");
        Div sliderBox = new Div(sliderLabel, slider, position);
        sliderBox.addClassName("as-of-slider");

        DatePicker date = new DatePicker(getTranslation("asof.date"));
        date.setId("as-of-date");
        date.setLocale(getLocale());
        date.setMax(LocalDate.now(AsOf.STUDY_ZONE));
        date.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                moveTo(change.getValue().toString());
            }
        });
        Button latest = new Button(getTranslation("asof.latest"), click -> moveTo(null));
        latest.setId("as-of-latest");
        latest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        latest.setEnabled(state.historical());

        HorizontalLayout controls = new HorizontalLayout(sliderBox, date, latest);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        controls.addClassName("as-of-controls");
        add(controls);
        if (state.historical()) {
            add(banner(shown, head));
        }
    }

    /** The moment of the address when the current user reads only at release points; empty for everyone else. */
    private Optional<StudyMoments.StudyMoment> readsAtReleases(ViewState state) {
        try {
            return moments.resolve(Operation.VIEW_OVERVIEW, state.study(), state.moment()).filter(StudyMoments.StudyMoment::atReleasesOnly);
        } catch (AccessPolicy.AccessDenied | IllegalArgumentException e) {
            // the view itself says what is wrong with the address
            return Optional.empty();
        }
    }

    /** For those who read at release points: a choice among them, with their dates, instead of every event. */
    private void showReleases(StudyMoments.StudyMoment moment) {
        List<ReleasePoint> points = moments.releasePoints(moment.id());
        Div status = new Div();
        status.setId("as-of-banner");
        status.addClassName("as-of-banner");
        status.getElement().setAttribute("role", "status");
        if (points.isEmpty()) {
            status.add(new Span(getTranslation("asof.released.none")));
            add(status);
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Select<ReleasePoint> release = new Select<>();
        release.setId("as-of-release");
        release.setLabel(getTranslation("asof.released.label"));
        // wide enough for the date, the wave and the position, so no release reads cut off
        release.setWidth("24rem");
        release.setItems(points);
        release.setItemLabelGenerator(p -> getTranslation("asof.released.item", date.format(p.releasedOn()), p.wave(),
                Long.toString(p.position())));
        if (moment.release() != null) {
            release.setValue(moment.release());
            status.add(new Span(getTranslation("asof.released.banner", date.format(moment.release().releasedOn()),
                    moment.release().wave())));
        } else {
            status.add(new Span(getTranslation("asof.released.before")));
        }
        release.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                moveTo(Long.toString(change.getValue().position()));
            }
        });
        Button latest = new Button(getTranslation("asof.latest"), click -> moveTo(null));
        latest.setId("as-of-latest");
        latest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout controls = new HorizontalLayout(release, latest);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        controls.addClassName("as-of-controls");
        add(controls, status);
    }

    private Div banner(long shown, long head) {
        String recorded = log.recordedAt(shown).map(this::format).orElse("-");
        Div banner = new Div(new Span(getTranslation("asof.banner", Long.toString(shown), recorded, Long.toString(head - shown))));
        banner.setId("as-of-banner");
        banner.addClassName("as-of-banner");
        // announced to screen readers when it appears, as it changes what every figure means
        banner.getElement().setAttribute("role", "status");
        return banner;
    }

    private String format(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(instant.atZone(ZoneId.of("Europe/Copenhagen")));
    }

    private void moveTo(String asOf) {
        if (location == null) {
            return;
        }
        QueryParameters next = ViewState.with(location.getQueryParameters(), ViewState.AS_OF, asOf);
        UI.getCurrent().navigate(location.getPath(), next);
    }
}
