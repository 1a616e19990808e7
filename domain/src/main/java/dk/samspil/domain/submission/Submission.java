package dk.samspil.domain.submission;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.Effect;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.Target;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One questionnaire's history: submitted once, then corrected any number of times. */
public class Submission {

    @AggregateIdentifier
    private String id;
    private String fingerprint;

    protected Submission() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Effect handle(SubmitQuestionnaire command, PersonVault vault) {
        Decision decision = decide(fingerprint, command, vault);
        if (decision.event() != null) {
            apply(decision.event());
        }
        return decision.outcome();
    }

    /** What a submission does to a questionnaire's history, and the event that records it (null when nothing changes). */
    public record Decision(Effect outcome, Object event) {
    }

    /**
     * The rule of this aggregate, shared with the bulk import so both decide alike.
     *
     * @param currentFingerprint the fingerprint of the current version, or null when none was submitted yet
     * @throws Rejected with every reason the command is wrong
     */
    public static Decision decide(String currentFingerprint, SubmitQuestionnaire command, PersonVault vault) {
        List<String> problems = validate(command);
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        var person = command.submission().person();
        String print = vault.fingerprint(person, content(command.sheet(), command.collectedOn()));
        if (currentFingerprint == null) {
            return new Decision(Effect.ADDED, new QuestionnaireSubmitted(command.submission(), command.collectedOn(),
                    print, vault.seal(person, sheetBytes(command.sheet()))));
        }
        if (print.equals(currentFingerprint)) {
            return new Decision(Effect.UNCHANGED, null);
        }
        return new Decision(Effect.CORRECTED, new SubmissionCorrected(command.submission(), command.collectedOn(),
                print, vault.seal(person, sheetBytes(command.sheet()))));
    }

    /** The fingerprint an event leaves the questionnaire with (null once retracted). */
    public static String fingerprintAfter(Object event) {
        return switch (event) {
            case QuestionnaireSubmitted e -> e.fingerprint();
            case SubmissionCorrected e -> e.fingerprint();
            default -> null;
        };
    }

    @CommandHandler
    public void handle(RetractSubmission command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new Rejected("a retraction needs a reason");
        }
        if (fingerprint == null) {
            throw new Rejected("questionnaire " + command.submission() + " is already retracted");
        }
        apply(new SubmissionRetracted(command.submission(), command.reason().strip()));
    }

    @EventSourcingHandler
    void on(QuestionnaireSubmitted event) {
        id = event.submission().aggregateId();
        fingerprint = event.fingerprint();
    }

    @EventSourcingHandler
    void on(SubmissionCorrected event) {
        fingerprint = event.fingerprint();
    }

    @EventSourcingHandler
    void on(SubmissionRetracted event) {
        // a retracted questionnaire has no current content; submitting it again records it anew
        fingerprint = null;
    }

    /** The bytes sealed into the event: the sheet as canonical JSON. */
    public static byte[] sheetBytes(AnswerSheet sheet) {
        try {
            return DomainJson.mapper().writeValueAsBytes(sheet);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the fingerprint covers: the sheet and the date it was answered. */
    static byte[] content(AnswerSheet answers, java.time.LocalDate collectedOn) {
        byte[] sheet = sheetBytes(answers);
        byte[] date = ("|" + collectedOn).getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[sheet.length + date.length];
        System.arraycopy(sheet, 0, all, 0, sheet.length);
        System.arraycopy(date, 0, all, sheet.length, date.length);
        return all;
    }

    static List<String> validate(SubmitQuestionnaire command) {
        List<String> problems = new ArrayList<>();
        Instrument instrument = command.instrument();
        AnswerSheet sheet = command.sheet();
        if (!instrument.ref().equals(command.submission().instrument())) {
            problems.add("submission is for " + command.submission().instrument() + " but the instrument given is " + instrument.ref());
        }
        if (command.collectedOn() == null) {
            problems.add("collected_on is missing");
        }
        boolean citizen = instrument.respondentKind() == Instrument.RespondentKind.CITIZEN;
        if (citizen && sheet.group() != null) {
            problems.add(instrument.ref() + " is answered by citizens, who have no respondent_group, but got '" + sheet.group() + "'");
        }
        if (!citizen && sheet.group() == null) {
            problems.add(instrument.ref() + " is answered by professionals: respondent_group is required");
        }
        if (sheet.rows().isEmpty()) {
            problems.add("a questionnaire needs at least one answer");
        }
        for (TargetScores row : sheet.rows()) {
            if (instrument.relational() && row.target() == null) {
                problems.add(instrument.ref() + " is relational: every answer needs a target (group:<key> or person:<id>)");
            }
            if (!instrument.relational() && row.target() != null) {
                problems.add(instrument.ref() + " is not relational: target must be empty, was '" + row.target() + "'");
            }
            if (row.target() != null && row.target().kind() == Target.Kind.PERSON && row.caseId() == null) {
                problems.add("person target '" + row.target() + "' needs a case");
            }
            for (Map.Entry<ItemKey, Integer> score : row.scores().entrySet()) {
                if (!instrument.hasItem(score.getKey())) {
                    problems.add("unknown item '" + score.getKey() + "' for " + instrument.ref() + " (items: " + instrument.itemKeysText() + ")");
                } else if (score.getValue() != null && !instrument.scale().contains(score.getValue())) {
                    problems.add("score " + score.getValue() + " for item '" + score.getKey() + "' is off the scale " + instrument.scale());
                }
            }
        }
        return problems;
    }
}
