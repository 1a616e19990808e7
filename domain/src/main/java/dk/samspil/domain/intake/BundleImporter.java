package dk.samspil.domain.intake;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.organisation.RegisterOrganisation;
import dk.samspil.domain.attribute.AttributeSeriesId;
import dk.samspil.domain.attribute.AttributeValue;
import dk.samspil.domain.attribute.PersonAttributes;
import dk.samspil.domain.attribute.StateAttribute;
import dk.samspil.domain.outcome.CitizenOutcomes;
import dk.samspil.domain.outcome.Measurement;
import dk.samspil.domain.outcome.OutcomeSeriesId;
import dk.samspil.domain.outcome.RecordOutcome;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.Conflicts;
import dk.samspil.domain.shared.Effect;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.study.DefineStudy;
import dk.samspil.domain.study.StudyDefinition;
import dk.samspil.domain.submission.AnswerSheet;
import dk.samspil.domain.submission.Submission;
import dk.samspil.domain.submission.SubmissionId;
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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a study bundle all-or-nothing: every problem is found before anything is stored, and
 * the whole bundle is stored in one transaction, so a failure stores nothing. Structure,
 * interventions, changes and milestones go through the Study aggregate's commands;
 * questionnaires, outcome measurements and background attribute values, thousands at a time, are decided by their aggregates'
 * own rules and appended in batches.
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
        Set<RespondentId> people = new LinkedHashSet<>();
        bundle.submissions().forEach(s -> people.add(s.respondent()));
        bundle.outcomes().forEach(o -> people.add(o.citizen()));
        bundle.attributes().forEach(a -> people.add(a.person()));
        // keys are created outside the import's transaction: a key without data is harmless, data without a key is lost
        Map<RespondentId, PersonRef> refs = vault.enrol(study.tenant(), people);

        return Conflicts.retried(() -> store(bundle, refs, progress));
    }

    /*
     * Questionnaires and measurements are decided first, from the history as it stands, and appended
     * last: appends hold the store's append lock until the transaction ends (one writer at a time, so
     * that readers skip nothing), and this keeps that stretch to the appends themselves.
     */
    private ImportSummary store(StudyBundle bundle, Map<RespondentId, PersonRef> refs, ImportProgress progress) {
        StudyDefinition study = bundle.definition();
        Run run = new Run(new ProblemReport());
        transactions.executeInTransaction(() -> {
            List<DomainEventMessage<?>> pending = new ArrayList<>();
            submissions(bundle, refs, run, pending, progress);
            outcomes(bundle, refs, run, pending);
            attributes(bundle, refs, run, pending);
            run.structure += Boolean.TRUE.equals(send(new RegisterOrganisation(study.tenant(), bundle.tenantName()),
                    StudyJsonReader.FILE, 0, run.problems)) ? 1 : 0;
            Object facts = send(new DefineStudy(study), StudyJsonReader.FILE, 0, run.problems);
            run.structure += facts instanceof Integer n ? n : 0;
            for (Stated<?> stated : timeline(bundle)) {
                Object result = send(stated.value(), stated.file(), stated.line(), run.problems);
                run.timeline += result instanceof Integer n ? n : Boolean.TRUE.equals(result) ? 1 : 0;
            }
            if (!run.problems.isEmpty()) {
                throw new BundleRejected(run.problems);
            }
            for (int from = 0; from < pending.size(); from += APPEND_BATCH) {
                events.publish(pending.subList(from, Math.min(pending.size(), from + APPEND_BATCH)));
            }
        });
        return new ImportSummary(study.study(), run.structure, run.questionnaires.counts(), run.timeline,
                run.measurements.counts(), run.attributes.counts(), bundle.ignoredFiles());
    }

    private static List<Stated<?>> timeline(StudyBundle bundle) {
        List<Stated<?>> all = new ArrayList<>(bundle.interventions());
        all.addAll(bundle.orgChanges());
        all.addAll(bundle.milestones());
        return all;
    }

    private void submissions(StudyBundle bundle, Map<RespondentId, PersonRef> refs, Run run,
                             List<DomainEventMessage<?>> pending, ImportProgress progress) {
        StudyDefinition study = bundle.definition();
        Map<InstrumentRef, Instrument> instruments = study.instruments().stream()
                .collect(Collectors.toMap(Instrument::ref, Function.identity()));
        int done = 0;
        int total = bundle.submissions().size();
        for (SubmissionDraft draft : bundle.submissions()) {
            SubmissionId id = new SubmissionId(study.study(), draft.wave(), draft.instrument(), refs.get(draft.respondent()));
            AnswerSheet sheet = new AnswerSheet(draft.respondent(), draft.group(), draft.unit(), draft.rows());
            SubmitQuestionnaire command = new SubmitQuestionnaire(id, instruments.get(draft.instrument()), draft.collectedOn(), sheet);
            String fingerprint = null;
            long next = 0;
            DomainEventStream history = events.readEvents(id.aggregateId());
            while (history.hasNext()) {
                fingerprint = Submission.fingerprintAfter(history.next().getPayload());
            }
            if (history.getLastSequenceNumber() != null) {
                next = history.getLastSequenceNumber() + 1;
            }
            try {
                Submission.Decision decision = Submission.decide(fingerprint, command, vault);
                run.questionnaires.count(decision.outcome());
                if (decision.event() != null) {
                    append(pending, Submission.class, id.aggregateId(), next, decision.event());
                }
            } catch (Rejected e) {
                e.reasons().forEach(reason -> run.problems.add(draft.file(), draft.line(), "",
                        "a questionnaire the repository accepts (respondent " + draft.respondent() + ", wave "
                                + draft.wave() + ", " + draft.instrument() + ")", reason));
            }
            if (++done % 1000 == 0 || done == total) {
                progress.update("storing questionnaires", done, total);
            }
        }
    }

    private void outcomes(StudyBundle bundle, Map<RespondentId, PersonRef> refs, Run run, List<DomainEventMessage<?>> pending) {
        Map<String, SeriesHistory> seen = new HashMap<>();
        for (OutcomeDraft draft : bundle.outcomes()) {
            OutcomeSeriesId series = new OutcomeSeriesId(bundle.definition().study(), refs.get(draft.citizen()));
            SeriesHistory history = history(seen, series.aggregateId(), CitizenOutcomes::track);
            RecordOutcome command = new RecordOutcome(series, draft.outcome(), draft.measuredOn(),
                    new Measurement(draft.citizen(), draft.unit(), draft.value()));
            try {
                CitizenOutcomes.Decision decision = CitizenOutcomes.decide(history.prints.get(CitizenOutcomes.key(command)), command, vault);
                run.measurements.count(decision.outcome());
                history.record(pending, CitizenOutcomes.class, decision.event(), CitizenOutcomes::track);
            } catch (Rejected e) {
                e.reasons().forEach(reason -> run.problems.add(OutcomesCsv.FILE, draft.line(), "",
                        "an outcome measurement the repository accepts", reason));
            }
        }
    }

    private void attributes(StudyBundle bundle, Map<RespondentId, PersonRef> refs, Run run, List<DomainEventMessage<?>> pending) {
        Map<String, SeriesHistory> seen = new HashMap<>();
        for (AttributeDraft draft : bundle.attributes()) {
            AttributeSeriesId series = new AttributeSeriesId(bundle.definition().study(), refs.get(draft.person()));
            SeriesHistory history = history(seen, series.aggregateId(), PersonAttributes::track);
            StateAttribute command = new StateAttribute(series, draft.attribute(), draft.wave(), draft.validFrom(),
                    new AttributeValue(draft.person(), draft.value()));
            try {
                PersonAttributes.Decision decision = PersonAttributes.decide(history.prints.get(command.key()), command, vault);
                run.attributes.count(decision.outcome());
                history.record(pending, PersonAttributes.class, decision.event(), PersonAttributes::track);
            } catch (Rejected e) {
                e.reasons().forEach(reason -> run.problems.add(draft.file(), draft.line(), "", "an attribute value the repository accepts", reason));
            }
        }
    }

    /** A person's series (outcomes, attributes) as stored before this import, read once per series. */
    private SeriesHistory history(Map<String, SeriesHistory> seen, String aggregateId, BiConsumer<Object, Map<String, String>> track) {
        return seen.computeIfAbsent(aggregateId, id -> {
            DomainEventStream stored = events.readEvents(id);
            SeriesHistory history = new SeriesHistory(id);
            stored.asStream().forEach(e -> track.accept(e.getPayload(), history.prints));
            history.next = stored.getLastSequenceNumber() == null ? 0 : stored.getLastSequenceNumber() + 1;
            return history;
        });
    }

    /** The import's view of one series: the fingerprint per identity so far, and the next sequence number. */
    private static final class SeriesHistory {
        private final String aggregateId;
        private final Map<String, String> prints = new HashMap<>();
        private long next;

        SeriesHistory(String aggregateId) {
            this.aggregateId = aggregateId;
        }

        /** Appends a decided event (none when nothing changes) and keeps this view current for later lines of the bundle. */
        void record(List<DomainEventMessage<?>> pending, Class<?> aggregate, Object event, BiConsumer<Object, Map<String, String>> track) {
            if (event != null) {
                append(pending, aggregate, aggregateId, next++, event);
                track.accept(event, prints);
            }
        }
    }

    private static void append(List<DomainEventMessage<?>> pending, Class<?> aggregate, String id, long sequence, Object event) {
        pending.add(new GenericDomainEventMessage<>(aggregate.getSimpleName(), id, sequence, event));
    }

    /** Sends a command; a rejection becomes a problem at the bundle line that stated it. */
    private Object send(Object command, String file, int line, ProblemReport problems) {
        try {
            return commands.sendAndWait(command);
        } catch (Rejected e) {
            e.reasons().forEach(reason -> problems.add(file, line, "", "something the repository accepts", reason));
            return null;
        }
    }

    /** What one import has done so far. */
    private static final class Run {
        private final ProblemReport problems;
        private final Tally questionnaires = new Tally();
        private final Tally measurements = new Tally();
        private final Tally attributes = new Tally();
        private int structure;
        private int timeline;

        Run(ProblemReport problems) {
            this.problems = problems;
        }
    }

    /** Counts of what recording did. */
    private static final class Tally {
        private final Map<Effect, Integer> counts = new EnumMap<>(Effect.class);

        void count(Effect effect) {
            counts.merge(effect, 1, Integer::sum);
        }

        ImportSummary.Counts counts() {
            return new ImportSummary.Counts(counts.getOrDefault(Effect.ADDED, 0), counts.getOrDefault(Effect.CORRECTED, 0),
                    counts.getOrDefault(Effect.UNCHANGED, 0));
        }
    }
}
