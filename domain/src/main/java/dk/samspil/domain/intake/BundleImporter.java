package dk.samspil.domain.intake;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.organisation.RegisterOrganisation;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.study.DefineStudy;
import dk.samspil.domain.study.StudyDefinition;
import dk.samspil.domain.submission.AnswerSheet;
import dk.samspil.domain.submission.Submission;
import dk.samspil.domain.submission.SubmissionId;
import dk.samspil.domain.submission.SubmissionOutcome;
import dk.samspil.domain.submission.SubmitQuestionnaire;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a study bundle all-or-nothing: every problem is found before anything is stored, and
 * the whole bundle is stored in one transaction, so a failure stores nothing. Structure goes
 * through the aggregates' commands; questionnaires, thousands at a time, are decided by the
 * Submission aggregate's own rule and appended in batches.
 */
public final class BundleImporter {

    /** Events per batched append: one JDBC batch each. */
    static final int APPEND_BATCH = 1000;

    private final CommandGateway commands;
    private final EventStore events;
    private final TransactionManager transactions;
    private final PersonVault vault;

    public BundleImporter(CommandGateway commands, EventStore events, TransactionManager transactions, PersonVault vault) {
        this.commands = commands;
        this.events = events;
        this.transactions = transactions;
        this.vault = vault;
    }

    /** @throws BundleRejected listing every problem; then nothing was stored */
    public ImportSummary importBundle(Path path, ImportProgress progress) throws IOException {
        StudyBundle bundle;
        try (BundleSource source = BundleSource.open(path)) {
            bundle = BundleReader.read(source, progress);
        }
        return importBundle(bundle, progress);
    }

    public ImportSummary importBundle(StudyBundle bundle, ImportProgress progress) {
        StudyDefinition study = bundle.definition();
        Map<InstrumentRef, Instrument> instruments = study.instruments().stream()
                .collect(Collectors.toMap(Instrument::ref, Function.identity()));
        Set<RespondentId> respondents = new LinkedHashSet<>();
        bundle.submissions().forEach(s -> respondents.add(s.respondent()));
        // keys are created outside the import's transaction: a key without data is harmless, data without a key is lost
        Map<RespondentId, PersonRef> people = vault.enrol(study.tenant(), respondents);

        ProblemReport problems = new ProblemReport();
        Map<SubmissionOutcome, Integer> outcomes = new EnumMap<>(SubmissionOutcome.class);
        int[] structure = new int[1];
        transactions.executeInTransaction(() -> {
            structure[0] += send(new RegisterOrganisation(study.tenant(), bundle.tenantName()), problems, "tenant_name") ? 1 : 0;
            Integer facts = sendStudy(new DefineStudy(study), problems);
            structure[0] += facts == null ? 0 : facts;
            List<DomainEventMessage<?>> pending = new ArrayList<>(APPEND_BATCH);
            int done = 0;
            int total = bundle.submissions().size();
            for (SubmissionDraft draft : bundle.submissions()) {
                SubmissionId id = new SubmissionId(study.study(), draft.wave(), draft.instrument(), people.get(draft.respondent()));
                AnswerSheet sheet = new AnswerSheet(draft.respondent(), draft.group(), draft.unit(), draft.rows());
                SubmitQuestionnaire command = new SubmitQuestionnaire(id, instruments.get(draft.instrument()), draft.collectedOn(), sheet);
                Head head = head(id);
                try {
                    Submission.Decision decision = Submission.decide(head.fingerprint(), command, vault);
                    outcomes.merge(decision.outcome(), 1, Integer::sum);
                    if (decision.event() != null) {
                        pending.add(new GenericDomainEventMessage<>(Submission.class.getSimpleName(), id.aggregateId(),
                                head.nextSequence(), decision.event()));
                    }
                } catch (Rejected e) {
                    e.reasons().forEach(reason -> problems.add(draft.file(), draft.line(), "",
                            "a questionnaire the repository accepts (respondent " + draft.respondent() + ", wave "
                                    + draft.wave() + ", " + draft.instrument() + ")", reason));
                }
                if (pending.size() == APPEND_BATCH) {
                    events.publish(pending);
                    pending.clear();
                }
                if (++done % 1000 == 0 || done == total) {
                    progress.update("storing questionnaires", done, total);
                }
            }
            if (!problems.isEmpty()) {
                throw new BundleRejected(problems);
            }
            events.publish(pending);
        });
        return new ImportSummary(study.study(), structure[0], outcomes.getOrDefault(SubmissionOutcome.ADDED, 0),
                outcomes.getOrDefault(SubmissionOutcome.CORRECTED, 0), outcomes.getOrDefault(SubmissionOutcome.UNCHANGED, 0),
                bundle.ignoredFiles());
    }

    /** Where a questionnaire's history stands: its current fingerprint (null if none) and the next sequence number. */
    private record Head(String fingerprint, long nextSequence) {
    }

    private Head head(SubmissionId id) {
        DomainEventStream stream = events.readEvents(id.aggregateId());
        String fingerprint = null;
        while (stream.hasNext()) {
            fingerprint = Submission.fingerprintAfter(stream.next().getPayload());
        }
        Long last = stream.getLastSequenceNumber();
        return new Head(fingerprint, last == null ? 0 : last + 1);
    }

    private boolean send(RegisterOrganisation command, ProblemReport problems, String field) {
        try {
            return Boolean.TRUE.equals(commands.sendAndWait(command));
        } catch (Rejected e) {
            e.reasons().forEach(reason -> problems.add(StudyJsonReader.FILE, 0, field, "an organisation the repository accepts", reason));
            return false;
        }
    }

    private Integer sendStudy(DefineStudy command, ProblemReport problems) {
        try {
            return commands.sendAndWait(command);
        } catch (Rejected e) {
            e.reasons().forEach(reason -> problems.add(StudyJsonReader.FILE, 0, "", "a study definition the repository accepts", reason));
            return null;
        }
    }
}
