package dk.samspil.ui.web.interventions;

import dk.samspil.ui.app.interventions.InterventionService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.samspil.domain.orgchange.ChangeKind;
import dk.samspil.projections.studies.StudySummary;

import java.time.LocalDate;

/** Records an organisational change; the second unit is asked for only by the kinds that name one (merge, split). */
final class ChangeForm extends CommandForm<ChangeForm.Draft> {

    /** What the form holds. */
    static final class Draft {
        ChangeKind change;
        String unit;
        String otherUnit;
        LocalDate effectiveOn;
        String note;
    }

    private final InterventionService service;
    private final StudySummary study;
    private final LocalDate today;

    ChangeForm(InterventionService service, StudySummary study, LocalDate today, Labels labels, Runnable saved) {
        super("change-form", Draft.class, "interventions.record.submit", saved);
        this.service = service;
        this.study = study;
        this.today = today;

        Select<ChangeKind> change = new Select<>();
        change.setId("change-kind");
        change.setLabel(getTranslation("interventions.field.change"));
        change.setItems(ChangeKind.values());
        change.setItemLabelGenerator(labels::change);
        ComboBox<String> unit = labels.unit("change-unit", "interventions.field.unit", study);
        ComboBox<String> otherUnit = labels.unit("change-other-unit", "interventions.field.otherUnit", study);
        otherUnit.setHelperText(getTranslation("interventions.field.otherUnit.help"));
        otherUnit.setEnabled(false);
        DatePicker effectiveOn = new DatePicker(getTranslation("interventions.field.effectiveOn"));
        effectiveOn.setId("change-effective-on");
        effectiveOn.setLocale(getLocale());
        TextField note = new TextField(getTranslation("interventions.field.changeNote"));
        note.setId("change-note");
        fields.add(change, unit, otherUnit, effectiveOn, note);
        change.addValueChangeListener(picked -> {
            boolean second = picked.getValue() != null && picked.getValue().needsOtherUnit();
            otherUnit.setEnabled(second);
            if (!second) {
                otherUnit.clear();
            }
        });

        String required = getTranslation("interventions.required");
        binder.forField(change).asRequired(required).bind(d -> d.change, (d, v) -> d.change = v);
        binder.forField(unit).asRequired(required).bind(d -> d.unit, (d, v) -> d.unit = v);
        binder.forField(otherUnit)
                .withValidator((value, context) -> change.getValue() == null || !change.getValue().needsOtherUnit() || value != null
                        ? com.vaadin.flow.data.binder.ValidationResult.ok()
                        : com.vaadin.flow.data.binder.ValidationResult.error(required))
                .bind(d -> d.otherUnit, (d, v) -> d.otherUnit = v);
        binder.forField(effectiveOn).asRequired(required).bind(d -> d.effectiveOn, (d, v) -> d.effectiveOn = v);
        binder.forField(note).bind(d -> d.note, (d, v) -> d.note = v);
        binder.readBean(blank());

        refusalOn("other_unit", otherUnit);
        refusalOn("itself", otherUnit);
        refusalOn("unit:", unit);
        refusalOn("the new name", note);
        refusalOn("took effect", effectiveOn);
    }

    @Override
    protected String send(Draft d) {
        boolean recorded = service.record(study.study(), d.change, d.unit, d.change.needsOtherUnit() ? d.otherUnit : null,
                d.effectiveOn, d.note);
        return getTranslation(recorded ? "interventions.record.done" : "interventions.record.same");
    }

    @Override
    protected Draft blank() {
        Draft draft = new Draft();
        draft.effectiveOn = today;
        return draft;
    }
}
