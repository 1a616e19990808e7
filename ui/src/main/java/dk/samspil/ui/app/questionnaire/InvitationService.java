package dk.samspil.ui.app.questionnaire;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.Instrument.RespondentKind;
import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.Conflicts;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.IssueInvitations;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.erasure.PersonRecords;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opens a wave for a unit's respondents: one personal link each. The tokens leave this class only
 * in the returned links and, for respondents with a contact, sealed with it under their key (so a
 * reminder can carry the same link and an erasure destroys both); the store keeps the tokens' hashes,
 * and the study's history records how many links were issued (the denominator of response rates),
 * in the same transaction.
 */
@Service
public class InvitationService implements PersonRecords {

    private final InvitationStore store;
    private final StudyCatalog catalog;
    private final InstrumentDefinitions definitions;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ReadModelSync sync;
    private final SealedContacts contacts;

    InvitationService(InvitationStore store, StudyCatalog catalog, InstrumentDefinitions definitions, CommandGateway commands,
                      PlatformTransactionManager transactions, Clock clock, ReadModelSync sync, SealedContacts contacts) {
        this.sync = sync;
        this.contacts = contacts;
        this.store = store;
        this.catalog = catalog;
        this.definitions = definitions;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Issues one link per invitee, in the order given, once the read model (where the study's waves and units
     * come from) holds everything stored so far.
     *
     * @throws Rejected with every reason the links cannot be issued; then nothing was stored or recorded
     */
    public List<IssuedLink> issue(StudyId studyId, WaveKey wave, UnitKey unit, List<Invitee> invitees) {
        sync.awaitCaughtUp(Duration.ofMinutes(10), at -> { });
        StudySummary study = catalog.study(studyId, AsOf.LATEST)
                .orElseThrow(() -> new Rejected("no study '" + studyId + "'; import its bundle first"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), QuestionnaireService.COPENHAGEN);
        List<String> problems = new ArrayList<>();
        Optional<StudySummary.Wave> window = study.waves().stream().filter(w -> w.key().equals(wave.value())).findFirst();
        if (window.isEmpty()) {
            problems.add("study " + studyId + " has no wave '" + wave + "' (waves: " + keys(study.waves().stream().map(StudySummary.Wave::key).toList()) + ")");
        } else if (today.isAfter(window.get().closesOn())) {
            problems.add("wave " + wave + " closed on " + window.get().closesOn() + "; its links could no longer be used");
        }
        if (study.units().stream().noneMatch(u -> u.key().equals(unit.value()))) {
            problems.add("study " + studyId + " has no unit '" + unit + "' (units: " + keys(study.units().stream().map(StudySummary.Named::key).toList()) + ")");
        }
        if (invitees.isEmpty()) {
            problems.add("no respondents to invite");
        }
        Set<String> groups = study.groups().stream().map(StudySummary.Named::key).collect(Collectors.toSet());
        Map<RespondentId, Invitee> seen = new HashMap<>();
        for (Invitee invitee : invitees) {
            Invitee first = seen.putIfAbsent(invitee.respondent(), invitee);
            if (first != null) {
                problems.add(invitee.at("respondent") + ": " + invitee.respondent() + " is listed twice"
                        + (first.listed() == null ? "" : " (first on line " + first.listed().line() + ")") + "; a respondent gets one link per wave");
            }
            if (invitee.group() != null && !groups.contains(invitee.group().value())) {
                problems.add(invitee.at("respondent_group") + ": study " + studyId + " has no group '" + invitee.group()
                        + "' (groups: " + keys(study.groups().stream().map(StudySummary.Named::key).toList()) + ")");
            }
        }
        Set<RespondentKind> asked = kindsAsked(study);
        invitees.stream().map(Invitee::kind).distinct().filter(kind -> !asked.contains(kind)).forEach(kind -> problems.add(
                "study " + studyId + " has no instrument for " + (kind == RespondentKind.CITIZEN
                        ? "citizens (respondents without a group)" : "professionals (respondents with a group)")));
        Set<RespondentId> invited = store.alreadyInvited(studyId, wave, seen.keySet());
        if (!invited.isEmpty()) {
            problems.add("already invited to wave " + wave + " (a link works once per wave): "
                    + keys(invited.stream().map(RespondentId::value).sorted().toList()));
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        List<IssuedLink> links = invitees.stream().map(i -> new IssuedLink(i.respondent(), InvitationToken.random())).toList();
        List<Invitation> rows = new ArrayList<>(links.size());
        for (int i = 0; i < links.size(); i++) {
            Invitee invitee = invitees.get(i);
            rows.add(new Invitation(links.get(i).token().hash(), studyId, wave, unit, invitee.respondent(), invitee.group(), invitee.kind()));
        }
        List<Sealed> sealed = contacts.seal(study.tenant(), invitees, links);
        // IssueInvitations goes to the study, which another node may be changing at the same moment
        Conflicts.retried(() -> transaction.execute(status -> {
            store.add(rows, sealed, clock.instant());
            return commands.sendAndWait(new IssueInvitations(studyId, wave, unit, links.size(), today));
        }));
        return links;
    }

    /**
     * Gives the respondent's unused link for the wave a new token: the old link is dead at once, a saved
     * draft stays with the new one, and a contact is sealed again with it (so the next sending carries it).
     *
     * @throws Rejected when the respondent has no link for the wave, or has answered
     */
    public IssuedLink replace(StudyId studyId, WaveKey wave, RespondentId respondent) {
        StudySummary study = catalog.study(studyId, AsOf.LATEST)
                .orElseThrow(() -> new Rejected("no study '" + studyId + "'; import its bundle first"));
        Invitation old = store.linkOf(studyId, wave, respondent)
                .orElseThrow(() -> new Rejected("respondent " + respondent + " has no link for wave " + wave + " of study " + studyId));
        InvitationToken token = InvitationToken.random();
        Sealed contact = store.contact(old.tokenHash()).flatMap(sealed -> contacts.open(study.tenant(), respondent, sealed))
                .map(opened -> contacts.reseal(study.tenant(), respondent, opened.contact(), token)).orElse(null);
        Boolean replaced = transaction.execute(status -> {
            boolean done = store.replace(old.tokenHash(), token.hash(), contact, clock.instant());
            if (!done) {
                status.setRollbackOnly(); // used meanwhile: its draft and messages stay as they were
            }
            return done;
        });
        if (!Boolean.TRUE.equals(replaced)) {
            throw new Rejected("respondent " + respondent + " has answered wave " + wave + ": a used link is not replaced");
        }
        return new IssuedLink(respondent, token);
    }

    /**
     * Deletes the respondent's links, used or not, and their drafts: the rows name the respondent
     * in clear, so an erasure must take them too.
     *
     * @param organisation only links of this organisation's studies; empty: every study
     * @return how many links were deleted
     */
    @Override
    public int forget(RespondentId respondent, Optional<TenantId> organisation) {
        return transaction.execute(status -> {
            List<String> links = store.linksOf(respondent).entrySet().stream()
                    .filter(link -> organisation.isEmpty() || catalog.study(link.getValue(), AsOf.LATEST)
                            .map(study -> study.tenant().equals(organisation.get())).orElse(false))
                    .map(Map.Entry::getKey).toList();
            return links.isEmpty() ? 0 : store.delete(links);
        });
    }

    private Set<RespondentKind> kindsAsked(StudySummary study) {
        Set<RespondentKind> kinds = EnumSet.noneOf(RespondentKind.class);
        study.instruments().forEach(ref -> definitions.find(study.study(), ref).map(Instrument::respondentKind).ifPresent(kinds::add));
        return kinds;
    }

    private static String keys(List<String> keys) {
        return String.join(", ", keys);
    }
}
