package dk.samspil.ui.web.questionnaire;

import dk.samspil.ui.app.questionnaire.Answers;
import dk.samspil.ui.app.questionnaire.IssuedLink;
import dk.samspil.ui.app.questionnaire.Question;
import dk.samspil.ui.app.questionnaire.Questionnaire;
import dk.samspil.ui.app.questionnaire.QuestionnaireService;
import dk.samspil.ui.app.questionnaire.SubmitOutcome;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.Item;
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.ui.web.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A respondent's questionnaire at /q/{token}: one column of items with radio buttons, Danish by
 * default with a language toggle, save to come back later, and submit once. Outside the
 * researchers' layout, so it shows nothing of the repository but the respondent's own questions.
 */
@Route(IssuedLink.PATH)
@AnonymousAllowed
public class QuestionnaireView extends Div
        implements HasUrlParameter<String>, AfterNavigationObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireView.class);

    private enum Shown { FORM, UNAVAILABLE, THANKS }

    /** A message under the buttons, kept as a key so a language switch translates it too. */
    private record Status(String key, Object... params) {
    }

    private final QuestionnaireService questionnaires;
    private final Map<Question, Integer> answers = new LinkedHashMap<>();
    private final Map<AttributeKey, String> background = new LinkedHashMap<>();
    private String token;
    private Questionnaire questionnaire;
    private Shown shown = Shown.UNAVAILABLE;
    private Status status;
    private Paragraph message;
    private boolean warnedUnanswered;
    private Locale renderedIn;

    public QuestionnaireView(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        addClassName("questionnaire");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        answers.clear();
        background.clear();
        status = null;
        warnedUnanswered = false;
        Optional<Questionnaire> found = questionnaires.open(token);
        questionnaire = found.orElse(null);
        shown = found.isPresent() ? Shown.FORM : Shown.UNAVAILABLE;
        found.ifPresent(q -> {
            answers.putAll(q.saved().byQuestion());
            background.putAll(q.saved().background());
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
        // on first navigation afterNavigation renders; later, a language switch re-renders with the answers kept
        if (renderedIn != null && !renderedIn.equals(event.getLocale())) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("questionnaire.title");
    }

    private void render() {
        renderedIn = getLocale();
        removeAll();
        add(header());
        switch (shown) {
            case FORM -> add(form());
            case UNAVAILABLE -> add(notice("questionnaire-unavailable", "questionnaire.unavailable.heading", "questionnaire.unavailable"));
            case THANKS -> add(notice("questionnaire-thanks", "questionnaire.thanks.heading", "questionnaire.thanks"));
        }
    }

    private Header header() {
        Span name = new Span("Samspil");
        name.addClassName("samspil-name");
        Button language = new Button(getTranslation("app.language.switch"));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-toggle");
        language.getElement().setAttribute("aria-label", getTranslation("app.language.switch.aria"));
        language.addClickListener(click -> VaadinSession.getCurrent().setLocale(Translations.other(UI.getCurrent().getLocale())));
        Header header = new Header(name, language);
        header.addClassName("questionnaire-header");
        return header;
    }

    private Div notice(String id, String heading, String text) {
        Div notice = new Div(new H1(getTranslation(heading)), new Paragraph(getTranslation(text)));
        notice.setId(id);
        notice.addClassName("questionnaire-notice");
        return notice;
    }

    private Div form() {
        Div form = new Div(new H1(getTranslation("questionnaire.heading")));
        form.addClassName("questionnaire-form");
        Paragraph study = new Paragraph(questionnaire.studyTitle() + " · " + questionnaire.waveLabel());
        study.addClassName("questionnaire-study");
        form.add(study, new Paragraph(getTranslation("questionnaire.intro")));
        if (!questionnaire.background().isEmpty()) {
            form.add(background());
        }
        int index = 0;
        for (Questionnaire.Part part : questionnaire.parts()) {
            Instrument instrument = part.instrument();
            Section section = new Section(new H2(instrument.title().in(getLocale())));
            section.addClassName("questionnaire-part");
            section.add(new Paragraph(getTranslation(instrument.relational() ? "questionnaire.scale.relational" : "questionnaire.scale",
                    instrument.scale().min(), instrument.scale().max())));
            for (Questionnaire.Section about : part.sections()) {
                if (about.target() != null) {
                    H3 group = new H3(about.ownGroup() ? getTranslation("questionnaire.ownGroup", about.groupName()) : about.groupName());
                    group.addClassName("questionnaire-group");
                    section.add(group);
                }
                for (Item item : instrument.items()) {
                    Question question = new Question(instrument.ref(), about.target(), item.key());
                    Optional<Choice> before = answers.containsKey(question) ? Optional.of(new Choice(answers.get(question))) : Optional.empty();
                    section.add(new ItemQuestion(question, item.label().in(getLocale()), instrument.scale(),
                            getTranslation("questionnaire.dontKnow"), "q" + index++, before, choice -> {
                                answers.put(question, choice.score());
                                warnedUnanswered = false;
                            }));
                }
            }
            form.add(section);
        }
        Button save = new Button(getTranslation("questionnaire.save"), click -> save());
        save.setId("questionnaire-save");
        Button submit = new Button(getTranslation("questionnaire.submit"), click -> submit());
        submit.setId("questionnaire-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(submit, save);
        actions.addClassName("questionnaire-actions");
        message = new Paragraph();
        message.setId("questionnaire-status");
        // read out by screen readers when it changes
        message.getElement().setAttribute("role", "status");
        show(status);
        form.add(actions, message);
        return form;
    }

    /** The background attributes the study asks, once per wave and before the items: one choice each, labelled in the page's language. */
    private Section background() {
        Section section = new Section(new H2(getTranslation("questionnaire.background")));
        section.addClassName("questionnaire-part");
        section.setId("questionnaire-background");
        for (AttributeSpec attribute : questionnaire.background()) {
            RadioButtonGroup<AttributeSpec.Value> choice = new RadioButtonGroup<>(attribute.label().in(getLocale()));
            choice.setId("attribute-" + attribute.key());
            choice.setItems(attribute.values());
            choice.setItemLabelGenerator(value -> value.label().in(getLocale()));
            attribute.value(background.get(attribute.key())).ifPresent(choice::setValue);
            choice.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    background.put(attribute.key(), change.getValue().key());
                }
            });
            section.add(choice);
        }
        return section;
    }

    private void save() {
        if (!questionnaires.save(token, new Answers(answers, background))) {
            leave(Shown.UNAVAILABLE);
            return;
        }
        show(new Status("questionnaire.saved"));
    }

    private void submit() {
        long unanswered = questionnaire.questions().stream().filter(q -> !answers.containsKey(q)).count();
        if (unanswered > 0 && !answers.isEmpty() && !warnedUnanswered) {
            // a second press submits anyway: unanswered items are left out of the questionnaire
            warnedUnanswered = true;
            show(new Status("questionnaire.unanswered", unanswered));
            return;
        }
        SubmitOutcome outcome;
        try {
            outcome = questionnaires.submit(token, new Answers(answers, background));
        } catch (RuntimeException e) {
            // nothing was recorded (one transaction), so the respondent can simply try again
            LOG.error("a questionnaire submission failed; nothing was recorded", e);
            show(new Status("questionnaire.failed"));
            return;
        }
        switch (outcome) {
            case SubmitOutcome.Submitted submitted -> leave(Shown.THANKS);
            case SubmitOutcome.Unavailable unavailable -> leave(Shown.UNAVAILABLE);
            case SubmitOutcome.OutsideWave outside -> show(new Status("questionnaire.outsideWave", outside.opensOn(), outside.closesOn()));
            case SubmitOutcome.NothingAnswered nothing -> show(new Status("questionnaire.nothingAnswered"));
        }
    }

    /** Says something under the buttons without rebuilding the page, so focus and scrolling stay where they are. */
    private void show(Status next) {
        status = next;
        message.setText(status == null ? "" : getTranslation(status.key(), localized(status.params())));
    }

    /** Leaves the form for good: the answers are not kept on the page once it cannot be used. */
    private void leave(Shown next) {
        shown = next;
        questionnaire = null;
        answers.clear();
        background.clear();
        status = null;
        render();
    }

    /** Dates written as the page's language writes them ("3. juli 2023", "July 3, 2023"). */
    private Object[] localized(Object[] params) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        return Arrays.stream(params).map(p -> p instanceof LocalDate date ? dates.format(date) : p).toArray();
    }
}
