package dk.samspil.ui.web.interventions;

import dk.samspil.ui.app.interventions.InterventionService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Changes an intervention's title and the units and groups it targets; picking one fills in what it has now. */
final class AdjustForm extends CommandForm<AdjustForm.Draft> {

    /** What the form holds. */
    static final class Draft {
        Timeline.Intervention intervention;
        String title;
        Set<String> units = Set.of();
        Set<String> groups = Set.of();
        LocalDate adjustedOn;
        String note;
    }

    private final InterventionService service;
    private final StudySummary study;
    private final LocalDate today;

    AdjustForm(InterventionService service, StudySummary study, List<Timeline.Intervention> interventions, LocalDate today,
               Labels labels, Runnable saved) {
        super("adjust-form", Draft.class, "interventions.adjust.submit", saved);
        this.service = service;
        this.study = study;
        this.today = today;

        ComboBox<Timeline.Intervention> intervention = new ComboBox<>(getTranslation("interventions.field.intervention"));
        intervention.setId("adjust-intervention");
        intervention.setItems(interventions);
        intervention.setItemLabelGenerator(i -> i.intervention() + " · " + i.title());
        TextField title = new TextField(getTranslation("interventions.field.title"));
        title.setId("adjust-title");
        MultiSelectComboBox<String> units = labels.units("adjust-units", study);
        MultiSelectComboBox<String> groups = labels.groups("adjust-groups", study);
        DatePicker adjustedOn = new DatePicker(getTranslation("interventions.field.adjustedOn"));
        adjustedOn.setId("adjust-on");
        adjustedOn.setLocale(getLocale());
        TextField note = new TextField(getTranslation("interventions.field.note"));
        note.setId("adjust-note");
        fields.add(intervention, title, units, groups, adjustedOn, note);
        intervention.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                title.setValue(change.getValue().title());
                units.setValue(new LinkedHashSet<>(change.getValue().units()));
                groups.setValue(new LinkedHashSet<>(change.getValue().groups()));
            }
        });

        String required = getTranslation("interventions.required");
        binder.forField(intervention).asRequired(required).bind(d -> d.intervention, (d, v) -> d.intervention = v);
        binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(units).bind(d -> d.units, (d, v) -> d.units = v);
        binder.forField(groups).bind(d -> d.groups, (d, v) -> d.groups = v);
        binder.forField(adjustedOn).asRequired(required).bind(d -> d.adjustedOn, (d, v) -> d.adjustedOn = v);
        binder.forField(note).bind(d -> d.note, (d, v) -> d.note = v);
        binder.readBean(blank());

        refusalOn("can no longer be adjusted", intervention);
        refusalOn("has no intervention", intervention);
        refusalOn("unknown unit", units);
        refusalOn("unknown group", groups);
        refusalOn("a title", title);
        refusalOn("the date of the adjustment", adjustedOn);
    }

    @Override
    protected String send(Draft d) {
        service.adjust(study.study(), d.intervention.intervention(), d.title.strip(), d.units, d.groups, d.adjustedOn, d.note);
        return getTranslation("interventions.adjust.done", d.intervention.intervention());
    }

    @Override
    protected Draft blank() {
        Draft draft = new Draft();
        draft.adjustedOn = today;
        return draft;
    }
}
