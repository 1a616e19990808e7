package dk.samspil.projections;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.privacy.InMemoryPersonKeyStore;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.Target;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.GroupAdded;
import dk.samspil.domain.study.InstrumentAdopted;
import dk.samspil.domain.study.StudyRegistered;
import dk.samspil.domain.study.UnitAdded;
import dk.samspil.domain.study.WaveScheduled;
import dk.samspil.domain.submission.AnswerSheet;
import dk.samspil.domain.submission.QuestionnaireSubmitted;
import dk.samspil.domain.submission.Submission;
import dk.samspil.domain.submission.SubmissionCorrected;
import dk.samspil.domain.submission.SubmissionId;
import dk.samspil.domain.submission.TargetScores;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.ReadModelWriter;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An in-memory read model fed by hand-made events, batch by batch, as a streaming processor would. */
final class ReadModelFixture implements AutoCloseable {

    static final StudyId STUDY = StudyId.of("lille");
    static final WaveKey W0 = WaveKey.of("w0");
    static final Instrument RK = InstrumentCatalog.builtIn().get(InstrumentRef.parse("rk@1"));
    static final LocalDate DAY = LocalDate.of(2023, 1, 19);

    final PersonVault vault;
    final ReadModel model;
    final ReadModelStore store;
    final ReadModelWriter writer;
    final Positions positions;
    final RelationMatrixQuery matrices;
    private final List<AnnotationEventHandlerAdapter> handlers;
    private long position;

    ReadModelFixture() throws SQLException {
        this(null, new PersonVault(new InMemoryPersonKeyStore()));
    }

    /** A read model in {@code file} (null: in memory) that opens answers with {@code vault}. */
    ReadModelFixture(java.nio.file.Path file, PersonVault vault) throws SQLException {
        this.vault = vault;
        model = ReadModel.open(file, vault, JacksonSerializer.defaultSerializer());
        store = model.store();
        writer = new ReadModelWriter(store);
        positions = model.positions();
        matrices = model.matrices();
        handlers = model.handlers().stream().map(AnnotationEventHandlerAdapter::new).toList();
    }

    /** The structure of a study with groups skole and familie, one unit and one wave. */
    List<Object> structure() {
        return List.of(
                new StudyRegistered(STUDY, TenantId.of("kommune"), "Lille", "Tidlig hjælp", DAY),
                new UnitAdded(STUDY, UnitKey.of("d01"), "Distrikt 01", null),
                new GroupAdded(STUDY, GroupKey.of("skole"), "Skoler"),
                new GroupAdded(STUDY, GroupKey.of("familie"), "Familieafdelingen"),
                new WaveScheduled(STUDY, W0, "Opstart", LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 31)),
                new InstrumentAdopted(STUDY, RK));
    }

    /** A questionnaire of respondent {@code who} in {@code group} rating {@code target} with these item scores. */
    Object submitted(String who, String group, String target, Map<String, Integer> scores) {
        PersonRef person = person(who);
        AnswerSheet sheet = sheet(who, group, target, scores);
        return new QuestionnaireSubmitted(id(person), DAY, "print-" + who, vault.seal(person, Submission.sheetBytes(sheet)));
    }

    Object corrected(String who, String group, String target, Map<String, Integer> scores) {
        PersonRef person = person(who);
        AnswerSheet sheet = sheet(who, group, target, scores);
        return new SubmissionCorrected(id(person), DAY, "print2-" + who, vault.seal(person, Submission.sheetBytes(sheet)));
    }

    /** A questionnaire of respondent {@code who} in {@code group} rating persons of one case, person id to score. */
    Object submittedAboutPersons(String who, String group, String caseId, Map<String, Integer> scoreByPerson) {
        PersonRef person = person(who);
        List<TargetScores> rows = new ArrayList<>();
        scoreByPerson.forEach((rated, score) -> {
            TreeMap<ItemKey, Integer> items = new TreeMap<>();
            items.put(ItemKey.of("samarbejde"), score);
            rows.add(new TargetScores(Target.parse("person:" + rated), dk.samspil.domain.shared.CaseId.of(caseId), items));
        });
        AnswerSheet sheet = new AnswerSheet(RespondentId.of(who), GroupKey.of(group), UnitKey.of("d01"), rows);
        return new QuestionnaireSubmitted(id(person), DAY, "print-" + who, vault.seal(person, Submission.sheetBytes(sheet)));
    }

    PersonRef person(String who) {
        return vault.enrol(TenantId.of("kommune"), List.of(RespondentId.of(who))).get(RespondentId.of(who));
    }

    /** Numbers events from the next position on, as the event store would. */
    List<TrackedEventMessage<?>> track(List<Object> payloads) {
        List<TrackedEventMessage<?>> messages = new ArrayList<>();
        for (Object payload : payloads) {
            messages.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(++position),
                    GenericEventMessage.asEventMessage(payload)));
        }
        return messages;
    }

    /** Hands one batch to every read-model handler inside one unit of work, then commits it. */
    void deliver(List<TrackedEventMessage<?>> batch) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(batch.getFirst());
        unitOfWork.execute(() -> {
            for (TrackedEventMessage<?> message : batch) {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    try {
                        if (handler.canHandle(message)) {
                            handler.handle(message);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        });
        if (unitOfWork.getExecutionResult() != null && unitOfWork.getExecutionResult().isExceptionResult()) {
            throw new IllegalStateException(unitOfWork.getExecutionResult().getExceptionResult());
        }
        model.batches().drain();
    }

    long count(String sql) throws SQLException {
        try (Connection c = store.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static SubmissionId id(PersonRef person) {
        return new SubmissionId(STUDY, W0, RK.ref(), person);
    }

    private static AnswerSheet sheet(String who, String group, String target, Map<String, Integer> scores) {
        TreeMap<ItemKey, Integer> items = new TreeMap<>();
        scores.forEach((k, v) -> items.put(ItemKey.of(k), v));
        return new AnswerSheet(RespondentId.of(who), GroupKey.of(group), UnitKey.of("d01"),
                List.of(new TargetScores(Target.group(GroupKey.of(target)), null, items)));
    }

    @Override
    public void close() throws SQLException {
        writer.close();
        model.close();
    }
}
