package dk.samspil.ui.app.questionnaire;

import dk.samspil.domain.attribute.AttributeSeriesId;
import dk.samspil.domain.attribute.AttributeValue;
import dk.samspil.domain.attribute.StateAttribute;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.Conflicts;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.Target;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.domain.submission.AnswerSheet;
import dk.samspil.domain.submission.SubmissionId;
import dk.samspil.domain.submission.SubmitQuestionnaire;
import dk.samspil.domain.submission.TargetScores;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.attributes.AttributeDefinitions;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The respondent's side of a link: the questions it covers, a sealed draft to come back to, and
 * the submission, which records exactly the events a bundle import of the same answers records.
 * An unknown, used or expired link is one and the same "unavailable", so nothing tells them apart.
 */
@Service
public class QuestionnaireService {

    /** Wave windows are Danish dates, so "today" is the date in Copenhagen whatever the server's zone. */
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final InvitationStore store;
    private final StudyCatalog catalog;
    private final InstrumentDefinitions definitions;
    private final AttributeDefinitions attributes;
    private final PersonVault vault;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final Clock clock;

    QuestionnaireService(InvitationStore store, StudyCatalog catalog, InstrumentDefinitions definitions, AttributeDefinitions attributes,
                         PersonVault vault, CommandGateway commands, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.definitions = definitions;
        this.attributes = attributes;
        this.vault = vault;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The questionnaire behind a token with the answers saved so far; empty when the link is unknown, used or expired. */
    public Optional<Questionnaire> open(String token) {
        return usable(token).map(link -> link.questionnaire(draft(link)));
    }

    /**
     * Keeps the answers, sealed under the respondent's key, until the respondent comes back or submits.
     *
     * @return false when the link is unknown, used or expired (nothing was kept)
     */
    public boolean save(String token, Answers answers) {
        Optional<Link> found = usable(token);
        if (found.isEmpty()) {
            return false;
        }
        Link link = found.get();
        link.questionnaire(Answers.none()).check(answers);
        return store.saveDraft(link.invitation().tokenHash(), vault.seal(person(link), answers.draftBytes()), clock.instant());
    }

    /**
     * Records one questionnaire per instrument with at least one answer, uses the link up and drops
     * its draft, all in one transaction of the event-store database: all of it happens or none.
     */
    public SubmitOutcome submit(String token, Answers answers) {
        Optional<Link> found = link(token);
        if (found.isEmpty()) {
            return new SubmitOutcome.Unavailable();
        }
        Link link = found.get();
        Questionnaire questionnaire = link.questionnaire(Answers.none());
        questionnaire.check(answers);
        LocalDate today = today();
        // the aggregate takes any date; the window is the intake's rule, so it is checked here as there
        if (today.isBefore(link.wave().opensOn()) || today.isAfter(link.wave().closesOn())) {
            return new SubmitOutcome.OutsideWave(link.wave().opensOn(), link.wave().closesOn());
        }
        List<SubmitQuestionnaire> submissions = submissions(link, questionnaire, answers, today);
        if (submissions.isEmpty()) {
            return new SubmitOutcome.NothingAnswered();
        }
        String hash = link.invitation().tokenHash();
        Boolean used = Conflicts.retried(() -> transaction.execute(status -> {
            if (!store.markUsed(hash, clock.instant())) {
                return false;
            }
            submissions.forEach(commands::sendAndWait);
            background(link, answers).forEach(commands::sendAndWait);
            store.deleteDraft(hash);
            return true;
        }));
        return Boolean.TRUE.equals(used)
                ? new SubmitOutcome.Submitted(submissions.stream().map(SubmitQuestionnaire::submission).toList())
                : new SubmitOutcome.Unavailable();
    }

    private List<SubmitQuestionnaire> submissions(Link link, Questionnaire questionnaire, Answers answers, LocalDate today) {
        Invitation invitation = link.invitation();
        List<SubmitQuestionnaire> result = new ArrayList<>();
        PersonRef person = person(link);
        for (Questionnaire.Part part : questionnaire.parts()) {
            List<TargetScores> rows = new ArrayList<>();
            for (Questionnaire.Section section : part.sections()) {
                TreeMap<ItemKey, Integer> scores = new TreeMap<>();
                part.questions(section).stream().filter(answers.byQuestion()::containsKey)
                        .forEach(q -> scores.put(q.item(), answers.byQuestion().get(q)));
                if (!scores.isEmpty()) {
                    rows.add(new TargetScores(section.target(), null, scores));
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            Instrument instrument = part.instrument();
            result.add(new SubmitQuestionnaire(new SubmissionId(invitation.study(), invitation.wave(), instrument.ref(), person),
                    instrument, today, new AnswerSheet(invitation.respondent(), invitation.group(), invitation.unit(), rows)));
        }
        return result;
    }

    /** The respondent's background values for the wave, stated (or corrected) as an import states them. */
    private List<StateAttribute> background(Link link, Answers answers) {
        Invitation invitation = link.invitation();
        AttributeSeriesId series = new AttributeSeriesId(invitation.study(), person(link));
        return answers.background().entrySet().stream().map(value -> new StateAttribute(series, value.getKey(), invitation.wave(), null,
                new AttributeValue(invitation.respondent(), value.getValue()))).toList();
    }

    /** The link if it is known and unused and its wave has not closed. */
    private Optional<Link> usable(String token) {
        return link(token).filter(link -> !today().isAfter(link.wave().closesOn()));
    }

    /** The link if it is known and unused, with the study structure it is answered in. */
    private Optional<Link> link(String token) {
        if (!InvitationToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return store.unused(new InvitationToken(token).hash()).flatMap(invitation ->
                catalog.study(invitation.study(), AsOf.LATEST).flatMap(study -> study.waves().stream()
                        .filter(w -> w.key().equals(invitation.wave().value())).findFirst()
                        .map(wave -> new Link(invitation, study, wave, asked(study), parts(study, invitation)))));
    }

    /** The respondent attributes the study asks in its questionnaires. */
    private List<AttributeSpec> asked(StudySummary study) {
        return attributes.of(study.study(), Long.MAX_VALUE).stream()
                .filter(a -> a.asked() && a.appliesTo() == AttributeSpec.AppliesTo.RESPONDENT).toList();
    }

    /** The study's instruments for the link's kind of respondent, relational ones first, groups in study order. */
    private List<Questionnaire.Part> parts(StudySummary study, Invitation invitation) {
        return study.instruments().stream()
                .map(ref -> definitions.find(study.study(), ref)
                        .orElseThrow(() -> new IllegalStateException("study " + study.study() + " adopted " + ref + " but its definition is missing")))
                .filter(instrument -> instrument.respondentKind() == invitation.kind())
                .sorted(Comparator.comparing((Instrument i) -> !i.relational()).thenComparing(Instrument::ref))
                .map(instrument -> new Questionnaire.Part(instrument, instrument.relational()
                        ? study.groups().stream().map(g -> new Questionnaire.Section(Target.group(GroupKey.of(g.key())), g.name(),
                                invitation.group() != null && invitation.group().value().equals(g.key()))).toList()
                        : List.of(Questionnaire.Section.UNTARGETED)))
                .toList();
    }

    /** The saved answers to questions the link still asks (an erased respondent's draft no longer opens). */
    private Answers draft(Link link) {
        Set<Question> asked = Set.copyOf(link.questionnaire(Answers.none()).questions());
        Set<AttributeKey> askedAbout = link.background().stream().map(AttributeSpec::key).collect(Collectors.toSet());
        return store.draft(link.invitation().tokenHash())
                .flatMap(sealed -> vault.open(person(link), sealed))
                .map(Answers::fromDraft)
                .map(saved -> saved.only(asked, askedAbout))
                .orElse(Answers.none());
    }

    /** The respondent's opaque reference and key, created on first need just as an import creates them. */
    private PersonRef person(Link link) {
        var respondent = link.invitation().respondent();
        return vault.enrol(link.study().tenant(), List.of(respondent)).get(respondent);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), COPENHAGEN);
    }

    /** A known, unused link with what it is answered in. */
    private record Link(Invitation invitation, StudySummary study, StudySummary.Wave wave, List<AttributeSpec> background,
                        List<Questionnaire.Part> parts) {

        public Questionnaire questionnaire(Answers saved) {
            return new Questionnaire(study.title(), wave.label(), wave.opensOn(), wave.closesOn(), background, parts, saved);
        }
    }
}
