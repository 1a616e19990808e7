package dk.samspil.domain.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.intervention.InterventionAdjusted;
import dk.samspil.domain.intervention.InterventionDatesCorrected;
import dk.samspil.domain.intervention.InterventionEnded;
import dk.samspil.domain.intervention.InterventionEvaluated;
import dk.samspil.domain.intervention.InterventionPlanned;
import dk.samspil.domain.intervention.InterventionStarted;
import dk.samspil.domain.intervention.InterventionTargets;
import dk.samspil.domain.intervention.InterventionType;
import dk.samspil.domain.milestone.Milestone;
import dk.samspil.domain.milestone.MilestoneReached;
import dk.samspil.domain.organisation.OrganisationRegistered;
import dk.samspil.domain.organisation.OrganisationRenamed;
import dk.samspil.domain.orgchange.LeaderChanged;
import dk.samspil.domain.orgchange.PolicyChanged;
import dk.samspil.domain.orgchange.StaffTurnoverRecorded;
import dk.samspil.domain.orgchange.UnitClosed;
import dk.samspil.domain.orgchange.UnitCreated;
import dk.samspil.domain.orgchange.UnitSplit;
import dk.samspil.domain.orgchange.UnitsMerged;
import dk.samspil.domain.outcome.OutcomeCorrected;
import dk.samspil.domain.outcome.OutcomeMeasured;
import dk.samspil.domain.outcome.OutcomeSeriesId;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.CaseId;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.OutcomeKey;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.GroupAdded;
import dk.samspil.domain.study.GroupRenamed;
import dk.samspil.domain.study.GroupSiloStated;
import dk.samspil.domain.study.Importance;
import dk.samspil.domain.study.InstrumentAdopted;
import dk.samspil.domain.fieldwork.FieldworkSent;
import dk.samspil.domain.study.InvitationsIssued;
import dk.samspil.domain.study.WaveReleased;
import dk.samspil.domain.access.PersonLevelAccessGranted;
import dk.samspil.domain.access.PersonLevelAccessRevoked;
import dk.samspil.domain.attribute.AttributeCorrected;
import dk.samspil.domain.attribute.AttributeSeriesId;
import dk.samspil.domain.attribute.AttributeStated;
import dk.samspil.domain.study.AttributeDefined;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.domain.study.RelationMapped;
import dk.samspil.domain.study.StudyCitation;
import dk.samspil.domain.study.StudyCitationStated;
import dk.samspil.domain.study.StudyDescriptionRevised;
import dk.samspil.domain.study.StudyRegistered;
import dk.samspil.domain.study.UnitAdded;
import dk.samspil.domain.study.UnitMoved;
import dk.samspil.domain.study.UnitRenamed;
import dk.samspil.domain.study.WaveRescheduled;
import dk.samspil.domain.study.WaveScheduled;
import dk.samspil.domain.submission.QuestionnaireSubmitted;
import dk.samspil.domain.submission.SubmissionCorrected;
import dk.samspil.domain.submission.SubmissionId;
import dk.samspil.domain.submission.SubmissionRetracted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Pins the stored JSON of every event type (approved-events/*.json): a refactor that would change
 * how history is written or read fails here, and needs an upcaster instead.
 */
class EventJsonApprovalTest {

    private static final ObjectMapper JSON = DomainJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final StudyId STUDY = StudyId.of("mini");
    private static final LocalDate DAY = LocalDate.of(2023, 10, 2);
    private static final PersonRef PERSON = new PersonRef("0123456789abcdef0123456789abcdef");
    private static final Sealed SEALED = new Sealed(Sealed.AES_GCM_V1, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
    private static final SubmissionId SUBMISSION = new SubmissionId(STUDY, WaveKey.of("w0"), InstrumentRef.parse("rk@1"), PERSON);
    private static final OutcomeSeriesId SERIES = new OutcomeSeriesId(STUDY, PERSON);
    private static final InterventionKey HT = InterventionKey.of("ht-d04");
    private static final InterventionTargets TARGETS = new InterventionTargets(List.of(UnitKey.of("d04")),
            List.of(GroupKey.of("skole"), GroupKey.of("familie")),
            List.of(new InterventionTargets.Relation(GroupKey.of("skole"), GroupKey.of("familie"))), List.of(CaseId.of("k00242")));

    /** One sample of every event type the domain records. */
    static List<Object> samples() {
        return List.of(
                new OrganisationRegistered(TenantId.of("haderslev"), "Haderslev Kommune"),
                new OrganisationRenamed(TenantId.of("haderslev"), "Haderslev Kommune, Børn og Unge"),
                new StudyRegistered(STUDY, TenantId.of("haderslev"), "Tidlig indsats", "Tidligere hjælp til udsatte børn", DAY),
                new StudyDescriptionRevised(STUDY, "Tidlig indsats", "Tidligere og sammenhængende hjælp", DAY),
                new UnitAdded(STUDY, UnitKey.of("d01"), "Distrikt Nord", UnitKey.of("bu")),
                new UnitRenamed(STUDY, UnitKey.of("d01"), "Distrikt Nordøst", DAY),
                new UnitMoved(STUDY, UnitKey.of("d01"), null),
                new GroupAdded(STUDY, GroupKey.of("skole"), "Skoler"),
                new GroupRenamed(STUDY, GroupKey.of("skole"), "Folkeskoler"),
                new GroupSiloStated(STUDY, GroupKey.of("skole"), "Skole og dagtilbud"),
                new WaveScheduled(STUDY, WaveKey.of("w0"), "Opstartsmåling", DAY, DAY.plusDays(20)),
                new WaveRescheduled(STUDY, WaveKey.of("w0"), "Opstartsmåling", DAY, DAY.plusDays(27)),
                new InstrumentAdopted(STUDY, InstrumentCatalog.builtIn().get(InstrumentRef.parse("leadership@1"))),
                new RelationMapped(STUDY, GroupKey.of("skole"), GroupKey.of("familie"), Importance.HIGH),
                new AttributeStated(new AttributeSeriesId(STUDY, PERSON), AttributeKey.of("stilling"), WaveKey.of("w0"), null,
                        "3q2+7w", SEALED),
                new AttributeCorrected(new AttributeSeriesId(STUDY, PERSON), AttributeKey.of("ressourcer"), null, DAY, "7w3q2+", SEALED),
                new AttributeDefined(STUDY, new AttributeSpec(AttributeKey.of("stilling"), AttributeSpec.AppliesTo.RESPONDENT,
                        new AttributeSpec.Label("Stilling", "Position", "Stilling", null), true, List.of(
                        new AttributeSpec.Value("leder", new AttributeSpec.Label("Leder", "Leader", null, null)),
                        new AttributeSpec.Value("medarbejder", new AttributeSpec.Label("Medarbejder", "Staff", "Medarbeider", "Medarbetare"))))),
                new StudyCitationStated(STUDY, List.of(new StudyCitation.Author("Mette Holm", "Aalborg Universitet"),
                        new StudyCitation.Author("Jens Berg", null)), "Haderslev Kommune", "Samspil"),
                new InvitationsIssued(STUDY, WaveKey.of("w0"), UnitKey.of("d01"), 42, DAY),
                new FieldworkSent(STUDY, WaveKey.of("w0"), UnitKey.of("d01"), FieldworkSent.Kind.REMINDER, 17, "builtin-1/da", DAY),
                new WaveReleased(STUDY, WaveKey.of("w0"), "anna", DAY),
                new PersonLevelAccessGranted("bo", TenantId.of("haderslev"), "anna"),
                new PersonLevelAccessRevoked("bo", TenantId.of("haderslev"), "anna"),
                new QuestionnaireSubmitted(SUBMISSION, DAY, "Q_P2RYE9_ngVtmp-qILZiF0pvgHJvZjglmIemiKvEcA", SEALED),
                new SubmissionCorrected(SUBMISSION, DAY, "x3cQHk4mSgRXv0Zkf4mMGFh7tJ8Vw2ZGSwQyBtP6V8M", SEALED),
                new SubmissionRetracted(SUBMISSION, "besvaret af en anden faggruppe"),
                new InterventionPlanned(STUDY, HT, InterventionType.HANDLETEAM, "Handleteam d04", TARGETS),
                new InterventionStarted(STUDY, HT, DAY),
                new InterventionAdjusted(STUDY, HT, "Handleteam d04 og d05", TARGETS, DAY.plusMonths(2), "udvidet"),
                new InterventionEnded(STUDY, HT, DAY.plusMonths(9)),
                new InterventionEvaluated(STUDY, HT, DAY.plusMonths(10), "skolerne henvender sig tidligere"),
                new InterventionDatesCorrected(STUDY, HT, DAY.plusDays(7), null),
                new UnitCreated(STUDY, UnitKey.of("d07"), DAY, "nyt distrikt"),
                new UnitsMerged(STUDY, UnitKey.of("d02"), UnitKey.of("d01"), DAY, "lagt sammen"),
                new UnitSplit(STUDY, UnitKey.of("d01"), UnitKey.of("d07"), DAY, null),
                new UnitClosed(STUDY, UnitKey.of("d03"), DAY, "lukket"),
                new LeaderChanged(STUDY, UnitKey.of("d01"), DAY, "Ny distriktsleder"),
                new StaffTurnoverRecorded(STUDY, UnitKey.of("d01"), DAY, "3 af 8 sagsbehandlere skiftet"),
                new PolicyChanged(STUDY, UnitKey.of("bu"), DAY, "Direkte henvisning uden lægehenvisning"),
                new MilestoneReached(STUDY, Milestone.COLLABORATION_MEASURED, DAY, "Opstartsmåling gennemført"),
                new OutcomeMeasured(SERIES, OutcomeKey.of("age_at_family_relief_start"), DAY, "e2NkYWJjZGVm", SEALED),
                new OutcomeCorrected(SERIES, OutcomeKey.of("age_at_family_relief_start"), DAY, "ZmVkY2Jh", SEALED));
    }

    @TestFactory
    Stream<DynamicTest> every_event_reads_and_writes_as_approved() {
        return samples().stream().map(event -> DynamicTest.dynamicTest(event.getClass().getSimpleName(), () -> {
            String name = event.getClass().getSimpleName() + ".json";
            String written = JSON.writeValueAsString(event) + "\n";
            String approved = approved(name);
            if (approved == null) {
                Path received = Path.of("target", "approved-events", name);
                Files.createDirectories(received.getParent());
                Files.writeString(received, written);
                fail("no approved JSON for " + event.getClass().getSimpleName() + "; review " + received.toAbsolutePath()
                        + " and copy it to src/test/resources/approved-events/");
            }
            assertThat(written).as("JSON written for " + name).isEqualTo(approved);
            assertThat(JSON.readValue(approved, event.getClass())).as("event read from " + name).isEqualTo(event);
        }));
    }

    @Test
    void every_event_type_of_the_domain_has_a_sample() throws Exception {
        Set<Class<?>> sampled = samples().stream().map(Object::getClass).collect(java.util.stream.Collectors.toSet());
        List<Class<?>> missing = new ArrayList<>();
        for (Class<?> type : domainRecords()) {
            if (isEvent(type) && !sampled.contains(type)) {
                missing.add(type);
            }
        }
        assertThat(missing).as("event types without an approved JSON sample").isEmpty();
    }

    /** Events are the records of the feature packages that are neither commands nor values that events carry. */
    private static boolean isEvent(Class<?> type) {
        Set<String> values = Set.of("AnswerSheet", "TargetScores", "SubmissionId", "Measurement", "OutcomeSeriesId",
                "InterventionTargets", "StudyDefinition", "Decision", "Relation", "UnitSpec", "GroupSpec", "WaveSpec",
                "RelationSpec", "InterventionState", "AttributeSpec", "Label", "Value", "AttributeValue", "AttributeSeriesId", "StudyCitation",
                "Author");
        String pkg = type.getPackageName();
        boolean featurePackage = Stream.of("organisation", "study", "submission", "intervention", "orgchange", "milestone", "outcome", "attribute")
                .anyMatch(p -> pkg.equals("dk.samspil.domain." + p));
        boolean command = Arrays.stream(type.getMethods()).anyMatch(m -> m.isAnnotationPresent(TargetAggregateIdentifier.class));
        return featurePackage && !command && !values.contains(type.getSimpleName());
    }

    private static List<Class<?>> domainRecords() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(StudyRegistered.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dk/samspil/domain"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    private static String approved(String name) throws IOException {
        try (InputStream in = EventJsonApprovalTest.class.getResourceAsStream("/approved-events/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
