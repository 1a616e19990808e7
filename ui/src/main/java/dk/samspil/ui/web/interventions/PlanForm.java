package dk.samspil.ui.web.interventions;

import dk.samspil.ui.app.interventions.InterventionService;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.samspil.domain.intervention.InterventionType;
import dk.samspil.projections.studies.StudySummary;

import java.time.LocalDate;
import java.util.Set;

/** Registers an intervention: plans it, and starts it too when a start date is given. */
final class PlanForm extends CommandForm<PlanForm.Draft> {

    /** What the form holds. */
    static final class Draft {
        String key;
        InterventionType type;
        String title;
        Set<String> units = Set.of();
        Set<String> groups = Set.of();
        LocalDate startedOn;
    }

    private final InterventionService service;
    private final StudySummary study;

    PlanForm(InterventionService service, StudySummary study, Labels labels, Runnable saved) {
        super("plan-form", Draft.class, "interventions.plan.submit", saved);
        this.service = service;
        this.study = study;

        TextField key = new TextField(getTranslation("interventions.field.key"));
        key.setId("plan-key");
        Select<InterventionType> type = new Select<>();
        type.setId("plan-type");
        type.setLabel(getTranslation("interventions.field.type"));
        type.setItems(InterventionType.values());
        type.setItemLabelGenerator(labels::type);
        TextField title = new TextField(getTranslation("interventions.field.title"));
        title.setId("plan-title");
        MultiSelectComboBox<String> units = labels.units("plan-units", study);
        MultiSelectComboBox<String> groups = labels.groups("plan-groups", study);
        DatePicker startedOn = new DatePicker(getTranslation("interventions.field.startedOn"));
        startedOn.setId("plan-started-on");
        startedOn.setLocale(getLocale());
        fields.add(key, type, title, units, groups, startedOn);

        String required = getTranslation("interventions.required");
        binder.forField(key).asRequired(required).withValidator(CommandForm::validKey, getTranslation("interventions.badKey"))
                .bind(d -> d.key, (d, v) -> d.key = v);
        binder.forField(type).asRequired(required).bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(units).bind(d -> d.units, (d, v) -> d.units = v);
        binder.forField(groups).bind(d -> d.groups, (d, v) -> d.groups = v);
        binder.forField(startedOn).bind(d -> d.startedOn, (d, v) -> d.startedOn = v);
        binder.readBean(blank());

        refusalOn("already exists", key);
        refusalOn("Intervention key", key);
        refusalOn("unknown unit", units);
        refusalOn("unknown group", groups);
        refusalOn("a title", title);
        refusalOn("a start date", startedOn);
    }

    @Override
    protected String send(Draft d) {
        service.plan(study.study(), d.key, d.type, d.title.strip(), d.units, d.groups, d.startedOn);
        return getTranslation("interventions.plan.done", d.key);
    }

    @Override
    protected Draft blank() {
        return new Draft();
    }
}
