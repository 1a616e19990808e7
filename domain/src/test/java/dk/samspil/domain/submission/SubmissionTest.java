package dk.samspil.domain.submission;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.privacy.InMemoryPersonKeyStore;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.CaseId;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.Effect;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.Target;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

class SubmissionTest {

    private static final Instrument RK = InstrumentCatalog.builtIn().get(InstrumentRef.parse("rk@1"));
    private static final Instrument CITIZEN = InstrumentCatalog.builtIn().get(InstrumentRef.parse("citizen@1"));
    private static final LocalDate DAY = LocalDate.of(2023, 1, 19);

    private final InMemoryPersonKeyStore keys = new InMemoryPersonKeyStore();
    private final PersonVault vault = new PersonVault(keys);
    private AggregateTestFixture<Submission> fixture;
    private PersonRef person;
    private SubmissionId id;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Submission.class);
        fixture.registerInjectableResource(vault);
        person = vault.enrol(TenantId.of("kommune"), List.of(RespondentId.of("p00001"))).values().iterator().next();
        id = new SubmissionId(StudyId.of("mini"), WaveKey.of("w0"), RK.ref(), person);
    }

    @Test
    void first_submission_is_recorded_with_its_answers_sealed() {
        AnswerSheet sheet = sheet(Map.of("samarbejde", 4, "respekt", 3));
        fixture.givenNoPriorActivity()
                .when(new SubmitQuestionnaire(id, RK, DAY, sheet))
                .expectResultMessagePayload(Effect.ADDED)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate((QuestionnaireSubmitted e) -> e.submission().equals(id)
                                && e.collectedOn().equals(DAY) && opens(e.answers(), sheet)
                                && !e.answers().data().contains("p00001")),
                        andNoMore())));
    }

    @Test
    void identical_resubmission_records_nothing() {
        AnswerSheet sheet = sheet(Map.of("samarbejde", 4));
        String print = fingerprintOf(sheet, DAY);
        fixture.given(new QuestionnaireSubmitted(id, DAY, print, vault.seal(person, Submission.sheetBytes(sheet))))
                .when(new SubmitQuestionnaire(id, RK, DAY, sheet))
                .expectResultMessagePayload(Effect.UNCHANGED)
                .expectNoEvents();
    }

    @Test
    void correction_supersedes_earlier_submission_but_keeps_history() {
        AnswerSheet before = sheet(Map.of("samarbejde", 4));
        AnswerSheet after = sheet(Map.of("samarbejde", 2));
        fixture.given(new QuestionnaireSubmitted(id, DAY, fingerprintOf(before, DAY), vault.seal(person, Submission.sheetBytes(before))))
                .when(new SubmitQuestionnaire(id, RK, DAY, after))
                .expectResultMessagePayload(Effect.CORRECTED)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate((SubmissionCorrected e) -> opens(e.answers(), after)), andNoMore())));
    }

    @Test
    void a_missing_answer_differs_from_an_absent_one() {
        TreeMap<ItemKey, Integer> withMissing = new TreeMap<>();
        withMissing.put(ItemKey.of("samarbejde"), 4);
        withMissing.put(ItemKey.of("respekt"), null);
        AnswerSheet missing = new AnswerSheet(RespondentId.of("p00001"), GroupKey.of("skole"), UnitKey.of("d01"),
                List.of(new TargetScores(Target.group(GroupKey.of("skole")), null, withMissing)));
        AnswerSheet absent = sheet(Map.of("samarbejde", 4));
        fixture.given(new QuestionnaireSubmitted(id, DAY, fingerprintOf(absent, DAY), vault.seal(person, Submission.sheetBytes(absent))))
                .when(new SubmitQuestionnaire(id, RK, DAY, missing))
                .expectResultMessagePayload(Effect.CORRECTED);
        assertThat(new String(Submission.sheetBytes(missing))).contains("\"respekt\":null");
    }

    @Test
    void a_retraction_keeps_the_questionnaire_in_history_and_a_new_submission_records_it_anew() {
        AnswerSheet sheet = sheet(Map.of("samarbejde", 4));
        QuestionnaireSubmitted submitted = new QuestionnaireSubmitted(id, DAY, fingerprintOf(sheet, DAY), vault.seal(person, Submission.sheetBytes(sheet)));
        fixture.given(submitted)
                .when(new RetractSubmission(id, "besvaret af en anden faggruppe"))
                .expectEvents(new SubmissionRetracted(id, "besvaret af en anden faggruppe"));
        fixture.given(submitted, new SubmissionRetracted(id, "fejl"))
                .when(new RetractSubmission(id, "igen"))
                .expectException(Rejected.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("already retracted"));
        fixture.given(submitted, new SubmissionRetracted(id, "fejl"))
                .when(new SubmitQuestionnaire(id, RK, DAY, sheet))
                .expectResultMessagePayload(Effect.ADDED)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate((QuestionnaireSubmitted e) -> opens(e.answers(), sheet)), andNoMore())));
        fixture.given(submitted)
                .when(new RetractSubmission(id, " "))
                .expectException(Rejected.class)
                .expectExceptionMessage("a retraction needs a reason");
    }

    @Test
    void rejects_score_outside_scale() {
        fixture.givenNoPriorActivity()
                .when(new SubmitQuestionnaire(id, RK, DAY, sheet(Map.of("samarbejde", 7))))
                .expectException(Rejected.class)
                .expectExceptionMessage("score 7 for item 'samarbejde' is off the scale 1-5")
                .expectNoEvents();
    }

    @Test
    void rejects_unknown_item() {
        fixture.givenNoPriorActivity()
                .when(new SubmitQuestionnaire(id, RK, DAY, sheet(Map.of("tillid", 3))))
                .expectException(Rejected.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("unknown item 'tillid' for rk@1"));
    }

    @Test
    void rejects_person_target_without_case() {
        AnswerSheet sheet = new AnswerSheet(RespondentId.of("p00001"), GroupKey.of("skole"), UnitKey.of("d01"),
                List.of(new TargetScores(Target.parse("person:x17"), null, new TreeMap<>(Map.of(ItemKey.of("samarbejde"), 3)))));
        fixture.givenNoPriorActivity()
                .when(new SubmitQuestionnaire(id, RK, DAY, sheet))
                .expectException(Rejected.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("person target 'person:x17' needs a case"));
    }

    @Test
    void rejects_relational_answer_without_target_and_citizen_with_group() {
        AnswerSheet noTarget = new AnswerSheet(RespondentId.of("p00001"), GroupKey.of("skole"), UnitKey.of("d01"),
                List.of(new TargetScores(null, null, new TreeMap<>(Map.of(ItemKey.of("samarbejde"), 3)))));
        fixture.givenNoPriorActivity()
                .when(new SubmitQuestionnaire(id, RK, DAY, noTarget))
                .expectException(Rejected.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("rk@1 is relational"));

        SubmissionId citizenId = new SubmissionId(StudyId.of("mini"), WaveKey.of("w0"), CITIZEN.ref(), person);
        AnswerSheet citizenWithGroup = new AnswerSheet(RespondentId.of("c1"), GroupKey.of("skole"), UnitKey.of("d01"),
                List.of(new TargetScores(null, CaseId.of("k1"), new TreeMap<>(Map.of(ItemKey.of("c1"), 3)))));
        new AggregateTestFixture<>(Submission.class).registerInjectableResource(vault)
                .givenNoPriorActivity()
                .when(new SubmitQuestionnaire(citizenId, CITIZEN, DAY, citizenWithGroup))
                .expectException(Rejected.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("answered by citizens"));
    }

    private String fingerprintOf(AnswerSheet sheet, LocalDate day) {
        return vault.fingerprint(person, Submission.content(sheet, day));
    }

    private boolean opens(dk.samspil.domain.privacy.Sealed sealed, AnswerSheet expected) {
        try {
            byte[] plain = vault.open(person, sealed).orElseThrow();
            return DomainJson.mapper().readValue(plain, AnswerSheet.class).equals(expected);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static AnswerSheet sheet(Map<String, Integer> scores) {
        TreeMap<ItemKey, Integer> items = new TreeMap<>();
        scores.forEach((k, v) -> items.put(ItemKey.of(k), v));
        return new AnswerSheet(RespondentId.of("p00001"), GroupKey.of("skole"), UnitKey.of("d01"),
                List.of(new TargetScores(Target.group(GroupKey.of("familie")), null, items)));
    }
}
