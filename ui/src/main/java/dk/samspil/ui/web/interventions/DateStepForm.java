package dk.samspil.ui.web.interventions;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import dk.samspil.projections.timeline.Timeline;

import java.time.LocalDate;
import java.util.List;

/** One dated step in an intervention's life: starting a planned one, or ending a running one. */
final class DateStepForm extends CommandForm<DateStepForm.Draft> {

    /** What the form holds. */
    static final class Draft {
        Timeline.Intervention intervention;
        LocalDate on;
    }

    /** Sends the step's command. */
    @FunctionalInterface
    interface Step {
        void send(String intervention, LocalDate on);
    }

    private final Step step;
    private final String doneKey;
    private final LocalDate today;

    /** @param prefix "start" or "end": the ids and labels of the form (start-form, interventions.start.submit, ...) */
    DateStepForm(String prefix, String dateLabelKey, List<Timeline.Intervention> interventions, LocalDate today, Step step,
                 Runnable saved) {
        super(prefix + "-form", Draft.class, "interventions." + prefix + ".submit", saved);
        this.step = step;
        this.doneKey = "interventions." + prefix + ".done";
        this.today = today;

        ComboBox<Timeline.Intervention> intervention = new ComboBox<>(getTranslation("interventions.field.intervention"));
        intervention.setId(prefix + "-intervention");
        intervention.setItems(interventions);
        intervention.setItemLabelGenerator(i -> i.intervention() + " · " + i.title());
        DatePicker on = new DatePicker(getTranslation(dateLabelKey));
        on.setId(prefix + "-on");
        on.setLocale(getLocale());
        fields.add(intervention, on);

        String required = getTranslation("interventions.required");
        binder.forField(intervention).asRequired(required).bind(d -> d.intervention, (d, v) -> d.intervention = v);
        binder.forField(on).asRequired(required).bind(d -> d.on, (d, v) -> d.on = v);
        binder.readBean(blank());

        refusalOn("has no intervention", intervention);
        refusalOn("has not started", intervention);
        refusalOn("already ended", intervention);
        refusalOn("already started", intervention);
        refusalOn("before it starts", on);
        refusalOn("date", on);
    }

    @Override
    protected String send(Draft d) {
        step.send(d.intervention.intervention(), d.on);
        return getTranslation(doneKey, d.intervention.intervention());
    }

    @Override
    protected Draft blank() {
        Draft draft = new Draft();
        draft.on = today;
        return draft;
    }
}
