package dk.samspil.ui.web.fieldwork;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.ui.app.fieldwork.DistributionPlans;
import dk.samspil.ui.app.fieldwork.MessageTemplates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A wave's distribution plan on the fieldwork page: the day of its invitations, of its reminders, language and sender. */
final class PlanForm extends Div {

    PlanForm(DistributionPlans plans, StudyId study, WaveKey wave) {
        setId("fieldwork-plan");
        Optional<DistributionPlans.Plan> saved = plans.of(study, wave);
        DatePicker inviteOn = new DatePicker(getTranslation("fieldwork.plan.invite-on"));
        inviteOn.setId("fieldwork-plan-invite-on");
        TextField remindOn = new TextField(getTranslation("fieldwork.plan.remind-on"));
        remindOn.setId("fieldwork-plan-remind-on");
        remindOn.setPlaceholder("2027-01-17, 2027-01-24");
        Select<MessageTemplates.Language> language = new Select<>();
        language.setId("fieldwork-plan-language");
        language.setLabel(getTranslation("fieldwork.plan.language"));
        language.setItems(MessageTemplates.Language.values());
        language.setItemLabelGenerator(l -> getTranslation("fieldwork.plan.language." + l.key()));
        language.setValue(MessageTemplates.Language.DA);
        TextField from = new TextField(getTranslation("fieldwork.plan.from"));
        from.setId("fieldwork-plan-from");
        TextField baseUrl = new TextField(getTranslation("fieldwork.plan.base-url"));
        baseUrl.setId("fieldwork-plan-base-url");
        saved.ifPresent(plan -> {
            inviteOn.setValue(plan.inviteOn());
            remindOn.setValue(plan.remindOn().stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
            language.setValue(plan.language());
            from.setValue(plan.sender());
            baseUrl.setValue(plan.baseUrl());
        });
        Paragraph outcome = new Paragraph(saved.isPresent() ? getTranslation("fieldwork.plan.saved") : getTranslation("fieldwork.plan.none"));
        outcome.setId("fieldwork-plan-outcome");
        Button save = new Button(getTranslation("fieldwork.plan.save"), click -> {
            try {
                if (inviteOn.getValue() == null) {
                    throw new Rejected("invite-on: " + getTranslation("fieldwork.plan.required"));
                }
                plans.plan(new DistributionPlans.Plan(study, wave, inviteOn.getValue(), dates(remindOn.getValue()), language.getValue(),
                        from.getValue().strip(), baseUrl.getValue().strip()));
                outcome.setText(getTranslation("fieldwork.plan.saved"));
            } catch (Rejected rejected) {
                outcome.setText(String.join("; ", rejected.reasons()));
            } catch (AccessPolicy.AccessDenied | DateTimeParseException e) {
                outcome.setText(e.getMessage());
            }
        });
        save.setId("fieldwork-plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("fieldwork.plan")), new Paragraph(getTranslation("fieldwork.plan.intro")),
                new Div(inviteOn, remindOn, language), new Div(from, baseUrl), save, outcome);
    }

    private static List<LocalDate> dates(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(d -> !d.isBlank()).map(LocalDate::parse).sorted().toList();
    }
}
