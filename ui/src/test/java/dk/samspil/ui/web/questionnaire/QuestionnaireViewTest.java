package dk.samspil.ui.web.questionnaire;

import dk.samspil.ui.app.questionnaire.Answers;
import dk.samspil.ui.app.questionnaire.InvitationService;
import dk.samspil.ui.app.questionnaire.InvitationStore;
import dk.samspil.ui.app.questionnaire.InvitationToken;
import dk.samspil.ui.app.questionnaire.Invitee;
import dk.samspil.ui.app.questionnaire.IssuedLink;
import dk.samspil.ui.app.questionnaire.Question;
import dk.samspil.ui.app.questionnaire.QuestionnaireService;
import dk.samspil.ui.app.questionnaire.SettableClock;
import dk.samspil.ui.app.questionnaire.SubmitOutcome;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.VaadinSession;
import dk.samspil.domain.attribute.AttributeSeriesId;
import dk.samspil.domain.attribute.AttributeStated;
import dk.samspil.domain.attribute.AttributeValue;
import dk.samspil.domain.attribute.PersonAttributes;
import dk.samspil.domain.attribute.StateAttribute;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.BundleReader;
import dk.samspil.domain.intake.BundleSource;
import dk.samspil.domain.intake.ImportProgress;
import dk.samspil.domain.intake.SubmissionDraft;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.Target;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.domain.study.InvitationsIssued;
import dk.samspil.domain.study.Study;
import dk.samspil.domain.submission.AnswerSheet;
import dk.samspil.domain.submission.QuestionnaireSubmitted;
import dk.samspil.domain.submission.Submission;
import dk.samspil.domain.submission.SubmissionId;
import dk.samspil.domain.submission.SubmitQuestionnaire;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.web.testing.MiniStudy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;

/**
 * The respondent's questionnaire in a browser-free UI over a Spring context whose data folder holds
 * the mini study, with the date fixed inside wave w1 (2023-07-03 to 2023-07-28).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class QuestionnaireViewTest extends SpringBrowserlessTest {

    private static final Path DATA = MiniStudy.newDataFolder();
    private static final Instant IN_W1 = Instant.parse("2023-07-10T08:00:00Z");
    private static final LocalDate TODAY_IN_W1 = LocalDate.of(2023, 7, 10);
    private static final WaveKey W1 = WaveKey.of("w1");
    private static final UnitKey D01 = UnitKey.of("d01");
    private static final TenantId TENANT = TenantId.of("eksempel-kommune");
    private static final InstrumentRef RK = InstrumentRef.parse("rk@1");
    private static final InstrumentRef LEADERSHIP = InstrumentRef.parse("leadership@1");
    private static final String NEUTRAL = "Dette link til et spørgeskema kan ikke bruges. "
            + "Kontakt den, der sendte dig linket, hvis du mener, at det er en fejl.";

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("samspil.data", DATA::toString);
    }

    @TestConfiguration
    static class FixedDate {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(IN_W1);
        }
    }

    @Autowired
    BundleImporter importer;
    @Autowired
    ReadModelSync sync;
    @Autowired
    StudyCatalog catalog;
    @Autowired
    InvitationService invitations;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    InvitationStore store;
    @Autowired
    InstrumentDefinitions definitions;
    @Autowired
    EventStore events;
    @Autowired
    PersonVault vault;
    @Autowired
    SettableClock clock;
    @MockitoSpyBean
    CommandGateway commands;

    @TempDir
    Path bundles;

    @BeforeEach
    void importMiniAndOpenLikeABrowser() throws Exception {
        MiniStudy.ensureImported(importer, sync, catalog);
        clock.set(IN_W1);
        // a real UI takes the session's language when it boots; the browserless UI starts in the JVM's
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
    }

    @Test
    void a_respondent_saves_comes_back_and_submits_what_an_import_of_the_same_answers_records() throws Exception {
        List<IssuedLink> links = invitations.issue(MiniStudy.STUDY, W1, D01, List.of(
                new Invitee(RespondentId.of("web-a1"), GroupKey.of("skole")),
                new Invitee(RespondentId.of("web-a2"), GroupKey.of("ppr"))));
        assertThat(latestInvitations()).isEqualTo(new InvitationsIssued(MiniStudy.STUDY, W1, D01, 2, TODAY_IN_W1));
        String first = links.get(0).token().value();

        open(first);
        assertThat(find(H1.class).single().getText()).isEqualTo("Spørgeskema");
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("Relationel kapacitet", "Sammenhængende ledelse");
        assertThat(find(H3.class).all()).extracting(H3::getText).containsExactly("Skoler (din egen gruppe)", "Dagtilbud",
                "Familieafdelingen", "PPR", "Sundhedspleje", "Jobcenter", "Bostøtte", "Psykiatri");
        List<ItemQuestion> questions = questions();
        assertThat(questions).hasSize(8 * 6 + 8);
        Map<Question, Integer> given = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Integer score = i % 9 == 4 ? null : 1 + i % 5;
            choose(questions.get(i), score);
            given.put(questions.get(i).question(), score);
        }
        assertThat(given.values()).containsNull();

        click("questionnaire-save");
        assertThat(status()).isEqualTo("Dine svar er gemt. Du kan lukke siden og fortsætte senere fra det samme link.");
        PersonRef person = person("web-a1");
        assertThat(store.draft(links.get(0).token().hash())).hasValueSatisfying(sealed -> {
            assertThat(sealed.scheme()).isEqualTo("aes-256-gcm/v1");
            assertThat(Answers.fromDraft(vault.open(person, sealed).orElseThrow()).byQuestion()).isEqualTo(given);
        });

        open(first);
        assertThat(questions()).hasSize(given.size()).allSatisfy(question ->
                assertThat(question.selected()).as("%s", question.question()).contains(new Choice(given.get(question.question()))));

        click("questionnaire-submit");
        assertThat(find(Div.class).id("questionnaire-thanks").getElement().getTextRecursively())
                .contains("Tak for dine svar", "Dine svar er indsendt.");

        List<SubmissionDraft> imported = importOf(given, "web-a1", "skole");
        assertThat(imported).hasSize(2);
        for (SubmissionDraft draft : imported) {
            SubmissionId id = new SubmissionId(MiniStudy.STUDY, W1, draft.instrument(), person);
            List<Object> recorded = payloads(id);
            assertThat(recorded).as("events of %s", id).hasSize(1).first().isInstanceOf(QuestionnaireSubmitted.class);
            QuestionnaireSubmitted web = (QuestionnaireSubmitted) recorded.getFirst();
            AnswerSheet importedSheet = new AnswerSheet(draft.respondent(), draft.group(), draft.unit(), draft.rows());
            QuestionnaireSubmitted byImport = (QuestionnaireSubmitted) Submission.decide(null,
                    new SubmitQuestionnaire(id, instrument(draft.instrument()), draft.collectedOn(), importedSheet), vault).event();
            assertThat(web.submission()).isEqualTo(byImport.submission());
            assertThat(web.collectedOn()).isEqualTo(TODAY_IN_W1).isEqualTo(byImport.collectedOn());
            assertThat(web.fingerprint()).isEqualTo(byImport.fingerprint());
            assertThat(sheet(person, web)).isEqualTo(sheet(person, byImport)).isEqualTo(importedSheet);
        }
        assertThat(store.draft(links.get(0).token().hash())).as("the draft goes with the submission").isEmpty();

        assertThat(questionnaires.submit(first, new Answers(given))).isEqualTo(new SubmitOutcome.Unavailable());
        assertThat(payloads(new SubmissionId(MiniStudy.STUDY, W1, RK, person))).hasSize(1);
        open(first);
        assertThat(neutralMessage()).isEqualTo(NEUTRAL);
        assertThat(questions()).isEmpty();

        open(InvitationToken.random().value());
        assertThat(neutralMessage()).isEqualTo(NEUTRAL);

        open(links.get(1).token().value());
        assertThat(find(H3.class).withText("PPR (din egen gruppe)").exists()).isTrue();
        assertThat(questions()).hasSize(8 * 6 + 8).allSatisfy(question -> assertThat(question.selected()).isEmpty());
        ItemQuestion aboutSchools = questions().getFirst();
        choose(aboutSchools, 3);
        click("questionnaire-submit");
        assertThat(status()).startsWith("55 spørgsmål er ikke besvaret.");
        click("questionnaire-submit");
        assertThat(find(Div.class).id("questionnaire-thanks").getElement().getTextRecursively()).contains("Tak for dine svar");
        PersonRef second = person("web-a2");
        QuestionnaireSubmitted partial = (QuestionnaireSubmitted) payloads(new SubmissionId(MiniStudy.STUDY, W1, RK, second)).getFirst();
        assertThat(sheet(second, partial).rows()).singleElement().satisfies(row -> {
            assertThat(row.target()).isEqualTo(Target.group(GroupKey.of("skole")));
            assertThat(row.scores()).as("unanswered items are absent, not missing").containsExactly(Map.entry(ItemKey.of("samarbejde"), 3));
        });
        assertThat(payloads(new SubmissionId(MiniStudy.STUDY, W1, LEADERSHIP, second))).as("no leadership item answered").isEmpty();
    }

    @Test
    void unknown_malformed_used_and_expired_links_show_one_neutral_message() {
        List<IssuedLink> links = invitations.issue(MiniStudy.STUDY, W1, D01, List.of(
                new Invitee(RespondentId.of("web-b1"), GroupKey.of("familie")),
                new Invitee(RespondentId.of("web-b2"), GroupKey.of("familie"))));
        String used = links.get(0).token().value();
        open(used);
        choose(questions().getFirst(), 5);
        click("questionnaire-submit");
        click("questionnaire-submit");

        for (String token : List.of(used, InvitationToken.random().value(), "not-a-token", links.get(1).token().value().toUpperCase())) {
            open(token);
            assertThat(neutralMessage()).as(token).isEqualTo(NEUTRAL);
            assertThat(find(H1.class).single().getText()).isEqualTo("Linket kan ikke bruges");
            assertThat(questions()).isEmpty();
        }

        clock.set(Instant.parse("2023-07-29T08:00:00Z"));
        open(links.get(1).token().value());
        assertThat(neutralMessage()).as("after the wave closed").isEqualTo(NEUTRAL);
    }

    @Test
    void opens_in_danish_and_switches_to_english_keeping_the_answers() {
        String token = invitations.issue(MiniStudy.STUDY, W1, D01,
                List.of(new Invitee(RespondentId.of("web-c1"), GroupKey.of("dagtilbud")))).getFirst().token().value();
        open(token);
        ItemQuestion first = questions().getFirst();
        assertThat(first.getLegendText()).startsWith("Samarbejde:");
        assertThat(optionLabels(first)).containsExactly("1", "2", "3", "4", "5", "Ved ikke");
        choose(first, 4);
        choose(questions().get(1), null);

        click("language-toggle");

        assertThat(find(H1.class).single().getText()).isEqualTo("Questionnaire");
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("Relational capacity", "Coherent leadership");
        assertThat(find(H3.class).withText("Dagtilbud (your own group)").exists()).isTrue();
        assertThat(questions().getFirst().getLegendText()).startsWith("Collaboration:");
        assertThat(optionLabels(questions().getFirst())).containsExactly("1", "2", "3", "4", "5", "Don't know");
        assertThat(questions().getFirst().selected()).contains(new Choice(4));
        assertThat(questions().get(1).selected()).contains(Choice.DONT_KNOW);
        assertThat(find(Button.class).id("questionnaire-save").getText()).isEqualTo("Save and continue later");
        assertThat(find(Button.class).id("language-toggle").getText()).isEqualTo("Dansk");

        click("language-toggle");
        assertThat(find(H1.class).single().getText()).isEqualTo("Spørgeskema");
        assertThat(questions().getFirst().selected()).contains(new Choice(4));
    }

    @Test
    void submitting_before_the_wave_opens_is_refused_with_its_dates_and_the_link_keeps_working() {
        clock.set(Instant.parse("2023-06-30T08:00:00Z"));
        IssuedLink link = invitations.issue(MiniStudy.STUDY, W1, D01,
                List.of(new Invitee(RespondentId.of("web-d1"), GroupKey.of("jobcenter")))).getFirst();
        open(link.token().value());
        for (ItemQuestion question : questions()) {
            choose(question, 2);
        }

        click("questionnaire-submit");

        assertThat(status()).isEqualTo("Spørgeskemaet kan kun indsendes fra 3. juli 2023 til og med 28. juli 2023. Dine svar er ikke indsendt.");
        PersonRef person = person("web-d1");
        assertThat(payloads(new SubmissionId(MiniStudy.STUDY, W1, RK, person))).isEmpty();

        clock.set(IN_W1);
        click("questionnaire-submit");
        assertThat(find(Div.class).withId("questionnaire-thanks").exists()).isTrue();
        assertThat(payloads(new SubmissionId(MiniStudy.STUDY, W1, RK, person))).hasSize(1);
    }

    @Test
    void a_submission_that_fails_halfway_records_nothing_and_leaves_the_link_usable() {
        IssuedLink link = invitations.issue(MiniStudy.STUDY, W1, D01,
                List.of(new Invitee(RespondentId.of("web-e1"), GroupKey.of("psykiatri")))).getFirst();
        open(link.token().value());
        for (ItemQuestion question : questions()) {
            choose(question, 4);
        }
        click("questionnaire-save");
        // rk@1 is recorded, then recording leadership@1 fails
        doCallRealMethod().doThrow(new IllegalStateException("the database went away")).when(commands).sendAndWait(any());

        click("questionnaire-submit");

        assertThat(status()).startsWith("Dine svar kunne ikke indsendes");
        PersonRef person = person("web-e1");
        assertThat(payloads(new SubmissionId(MiniStudy.STUDY, W1, RK, person))).as("rolled back with the failure").isEmpty();
        assertThat(store.draft(link.token().hash())).isPresent();
        assertThat(questionnaires.open(link.token().value())).isPresent();

        Mockito.reset(commands);
        click("questionnaire-submit");
        assertThat(find(Div.class).withId("questionnaire-thanks").exists()).isTrue();
        assertThat(payloads(new SubmissionId(MiniStudy.STUDY, W1, RK, person))).hasSize(1);
        assertThat(payloads(new SubmissionId(MiniStudy.STUDY, W1, LEADERSHIP, person))).hasSize(1);
    }

    @Test
    void a_citizen_link_asks_the_citizen_instrument_once_without_groups() throws Exception {
        String token = invitations.issue(MiniStudy.STUDY, W1, D01,
                List.of(new Invitee(RespondentId.of("web-f1"), null))).getFirst().token().value();
        open(token);
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("Borgeroplevet kvalitet");
        assertThat(find(H3.class).exists()).isFalse();
        Map<Question, Integer> given = new LinkedHashMap<>();
        for (ItemQuestion question : questions()) {
            choose(question, 5);
            given.put(question.question(), 5);
        }
        assertThat(given).hasSize(6);

        click("questionnaire-submit");

        PersonRef person = person("web-f1");
        QuestionnaireSubmitted submitted = (QuestionnaireSubmitted) payloads(
                new SubmissionId(MiniStudy.STUDY, W1, InstrumentRef.parse("citizen@1"), person)).getFirst();
        SubmissionDraft imported = importOf(given, "web-f1", "").getFirst();
        assertThat(sheet(person, submitted)).isEqualTo(new AnswerSheet(imported.respondent(), null, D01, imported.rows()));
    }

    /**
     * A study that asks its respondents' position: the page asks it once, before the items; a saved draft keeps the choice;
     * the submission states it for the wave exactly as an import of respondent_attributes.csv does, sealed under the
     * respondent's key; a value the study does not define is refused and records nothing.
     */
    @Test
    void a_study_that_asks_a_background_attribute_asks_it_before_the_items_and_states_it_for_the_wave() throws Exception {
        StudyId study = StudyId.of("mini-bg");
        Path bundle = Files.createTempDirectory(bundles, "asks-");
        try (InputStream mini = getClass().getResourceAsStream("/samples/mini/study.json")) {
            Files.writeString(bundle.resolve("study.json"), new String(mini.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"study\": \"mini\"", "\"study\": \"mini-bg\"").replace("  \"relations\"", MiniStudy.ATTRIBUTES + "  \"relations\""));
        }
        // a bundle holds at least one answer
        Files.writeString(bundle.resolve("responses.csv"), "wave,collected_on,respondent,respondent_group,respondent_unit,instrument,target,case,item,score\r\n"
                + "w0,2023-01-10,bg-seed,skole,d01,rk@1,group:ppr,,samarbejde,4\r\n");
        importer.importBundle(bundle, ImportProgress.SILENT);
        sync.awaitCaughtUp(Duration.ofMinutes(1), at -> { });
        List<IssuedLink> links = invitations.issue(study, W1, D01, List.of(new Invitee(RespondentId.of("web-g1"), GroupKey.of("skole")),
                new Invitee(RespondentId.of("web-g2"), GroupKey.of("skole"))));
        String token = links.getFirst().token().value();

        open(token);
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("Om dig", "Relationel kapacitet", "Sammenhængende ledelse");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AttributeSpec.Value> position = (RadioButtonGroup<AttributeSpec.Value>) find(RadioButtonGroup.class)
                .id("attribute-stilling");
        assertThat(position.getLabel()).isEqualTo("Stilling");
        assertThat(position.getListDataView().getItems().map(position.getItemLabelGenerator()).toList()).containsExactly("Leder", "Medarbejder");
        test(position).selectItem("Leder");
        choose(questions().getFirst(), 4);
        click("questionnaire-save");
        open(token);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AttributeSpec.Value> reopened = (RadioButtonGroup<AttributeSpec.Value>) find(RadioButtonGroup.class)
                .id("attribute-stilling");
        assertThat(reopened.getValue().key()).as("the draft keeps the choice").isEqualTo("leder");
        click("questionnaire-submit");
        click("questionnaire-submit");
        assertThat(find(Div.class).withId("questionnaire-thanks").exists()).isTrue();

        PersonRef person = person("web-g1");
        AttributeSeriesId series = new AttributeSeriesId(study, person);
        List<Object> stated = events.readEvents(series.aggregateId()).asStream().map(Message::getPayload).map(Object.class::cast).toList();
        assertThat(stated).singleElement().isInstanceOf(AttributeStated.class);
        AttributeStated web = (AttributeStated) stated.getFirst();
        StateAttribute asImported = new StateAttribute(series, AttributeKey.of("stilling"), W1, null,
                new AttributeValue(RespondentId.of("web-g1"), "leder"));
        AttributeStated byImport = (AttributeStated) PersonAttributes.decide(null, asImported, vault).event();
        assertThat(web.wave()).isEqualTo(W1);
        assertThat(web.fingerprint()).isEqualTo(byImport.fingerprint());
        assertThat(DomainJson.mapper().readValue(vault.open(person, web.value()).orElseThrow(), AttributeValue.class))
                .isEqualTo(asImported.value());

        String other = links.get(1).token().value();
        Question first = questions(other).getFirst();
        assertThatThrownBy(() -> questionnaires.submit(other, new Answers(Map.of(first, 3), Map.of(AttributeKey.of("stilling"), "chef"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'chef' is not a value of stilling (its values: leder, medarbejder)");
        assertThat(events.readEvents(new AttributeSeriesId(study, person("web-g2")).aggregateId()).asStream().count()).isZero();
        assertThat(payloads(new SubmissionId(study, W1, RK, person("web-g2")))).as("nothing recorded").isEmpty();
    }

    private List<Question> questions(String token) {
        return questionnaires.open(token).orElseThrow().questions();
    }

    private void open(String token) {
        navigate(IssuedLink.PATH + "/" + token, QuestionnaireView.class);
    }

    private List<ItemQuestion> questions() {
        return find(ItemQuestion.class).all();
    }

    private void choose(ItemQuestion question, Integer score) {
        ScoreOption option = question.options().stream().filter(o -> java.util.Objects.equals(o.choice().score(), score))
                .findFirst().orElseThrow();
        new ScoreOptionTester(option).check();
    }

    private List<String> optionLabels(ItemQuestion question) {
        return find(Span.class, question).all().stream().map(Span::getText).toList();
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private String status() {
        return find(Paragraph.class).id("questionnaire-status").getText();
    }

    private String neutralMessage() {
        return find(Paragraph.class, find(Div.class).id("questionnaire-unavailable")).single().getText();
    }

    private PersonRef person(String respondent) {
        return vault.enrol(TENANT, List.of(RespondentId.of(respondent))).get(RespondentId.of(respondent));
    }

    private List<Object> payloads(SubmissionId id) {
        return events.readEvents(id.aggregateId()).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    private InvitationsIssued latestInvitations() {
        return events.readEvents(Study.aggregateId(MiniStudy.STUDY)).asStream().map(Message::getPayload)
                .filter(InvitationsIssued.class::isInstance).map(InvitationsIssued.class::cast)
                .reduce((earlier, later) -> later).orElseThrow();
    }

    private Instrument instrument(InstrumentRef ref) {
        return definitions.find(MiniStudy.STUDY, ref).orElseThrow();
    }

    private AnswerSheet sheet(PersonRef person, QuestionnaireSubmitted event) throws IOException {
        return DomainJson.mapper().readValue(vault.open(person, event.answers()).orElseThrow(), AnswerSheet.class);
    }

    /** The same answers as responses.csv rows of a bundle, read the way an import reads them. */
    private List<SubmissionDraft> importOf(Map<Question, Integer> answers, String respondent, String group) throws IOException {
        Path bundle = Files.createTempDirectory(bundles, "bundle-");
        try (InputStream study = getClass().getResourceAsStream("/samples/mini/study.json")) {
            Files.copy(study, bundle.resolve("study.json"));
        }
        List<String> lines = new ArrayList<>(List.of("wave,collected_on,respondent,respondent_group,respondent_unit,instrument,target,case,item,score"));
        answers.forEach((question, score) -> lines.add(String.join(",", "w1", TODAY_IN_W1.toString(), respondent, group, "d01",
                question.instrument().toString(), Optional.ofNullable(question.target()).map(Target::toString).orElse(""), "",
                question.item().value(), score == null ? "" : score.toString())));
        Files.write(bundle.resolve("responses.csv"), lines, StandardCharsets.UTF_8);
        try (BundleSource source = BundleSource.open(bundle)) {
            return BundleReader.read(source, ImportProgress.SILENT).submissions();
        }
    }
}
