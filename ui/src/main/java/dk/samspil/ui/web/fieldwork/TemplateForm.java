package dk.samspil.ui.web.fieldwork;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.fieldwork.FieldworkSent;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.ui.app.fieldwork.MessageTemplates;
import dk.samspil.ui.app.fieldwork.WaveTemplates;

import java.util.Locale;
import java.util.Optional;

/** A wave's own texts on the fieldwork page: per kind and language the subject and body that go out, starting from the built-in one. */
final class TemplateForm extends Div {

    private final WaveTemplates templates;
    private final StudyId study;
    private final WaveKey wave;
    private final Select<FieldworkSent.Kind> kind = new Select<>();
    private final Select<MessageTemplates.Language> language = new Select<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Paragraph outcome = new Paragraph();

    TemplateForm(WaveTemplates templates, StudyId study, WaveKey wave) {
        this.templates = templates;
        this.study = study;
        this.wave = wave;
        setId("fieldwork-template");
        kind.setId("fieldwork-template-kind");
        kind.setLabel(getTranslation("fieldwork.template.kind"));
        kind.setItems(FieldworkSent.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("fieldwork.template.kind." + k.name().toLowerCase(Locale.ROOT)));
        kind.setValue(FieldworkSent.Kind.INVITATION);
        language.setId("fieldwork-template-language");
        language.setLabel(getTranslation("fieldwork.plan.language"));
        language.setItems(MessageTemplates.Language.values());
        language.setItemLabelGenerator(l -> getTranslation("fieldwork.plan.language." + l.key()));
        language.setValue(MessageTemplates.Language.DA);
        subject.setId("fieldwork-template-subject");
        subject.setLabel(getTranslation("fieldwork.template.subject"));
        subject.setWidthFull();
        body.setId("fieldwork-template-body");
        body.setLabel(getTranslation("fieldwork.template.body"));
        body.setWidthFull();
        body.setMinHeight("14em");
        outcome.setId("fieldwork-template-outcome");
        kind.addValueChangeListener(change -> load());
        language.addValueChangeListener(change -> load());
        Button save = new Button(getTranslation("fieldwork.template.save"), click -> act(() -> {
            MessageTemplates.Written text = new MessageTemplates.Written(subject.getValue(), body.getValue());
            templates.write(new WaveTemplates.Template(study, wave, kind.getValue(), language.getValue(), text));
        }));
        save.setId("fieldwork-template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button builtIn = new Button(getTranslation("fieldwork.template.reset"),
                click -> act(() -> templates.reset(study, wave, kind.getValue(), language.getValue())));
        builtIn.setId("fieldwork-template-reset");
        add(new H3(getTranslation("fieldwork.template")), new Paragraph(getTranslation("fieldwork.template.intro")),
                new Div(kind, language), subject, body, new Div(save, builtIn), outcome);
        load();
    }

    private void act(Runnable change) {
        try {
            change.run();
            load();
        } catch (Rejected rejected) {
            outcome.setText(String.join("; ", rejected.reasons()));
        } catch (AccessPolicy.AccessDenied denied) {
            outcome.setText(denied.getMessage());
        }
    }

    /** Shows the text the chosen kind and language go out in now, and whose it is. */
    private void load() {
        Optional<MessageTemplates.Written> own = templates.of(study, wave, kind.getValue(), language.getValue());
        MessageTemplates.Written now = own.orElseGet(() -> MessageTemplates.builtIn(kind.getValue(), language.getValue()));
        subject.setValue(now.subject());
        body.setValue(now.body());
        outcome.setText(own.isPresent() ? getTranslation("fieldwork.template.own", own.get().version())
                : getTranslation("fieldwork.template.built-in"));
    }
}
