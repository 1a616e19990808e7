package dk.samspil.ui.app.fieldwork;

import dk.samspil.domain.shared.Conflicts;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.fieldwork.FieldworkSent;
import dk.samspil.domain.fieldwork.RecordFieldworkSending;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.questionnaire.InvitationStore;
import dk.samspil.ui.app.questionnaire.IssuedLink;
import dk.samspil.ui.app.questionnaire.SealedContacts;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Sends a wave's invitations or reminders through the installation's SMTP relay (spring.mail.*). Each
 * message is planned and claimed in the database before it goes out and marked after, so a sending that
 * stopped resumes without sending anyone twice, and nodes sending at once share the messages. A claim
 * its sender never marked is reported as uncertain and goes out again only when the researcher asks.
 * The history records the counts per unit and the template, never an address.
 */
@Service
public class Sendings {

    private static final Logger LOG = LoggerFactory.getLogger(Sendings.class);
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** What a sending did, per unit: sent now, failed, uncertain, sent before. */
    public record Report(Map<UnitKey, UnitReport> units) {
        public int sent() {
            return units.values().stream().mapToInt(UnitReport::sent).sum();
        }
    }

    /**
     * A unit's messages of the sending.
     *
     * @param failed refused by the relay (sent again next time)
     * @param uncertain claimed by a sender that stopped before marking them: the relay may or may not have taken them
     * @param bounced sent before, then returned to the bounce address as undeliverable (not sent again)
     */
    public record UnitReport(int sent, int failed, int uncertain, int sentBefore, int bounced) {
    }

    /**
     * What a researcher asks for, or a plan ({@link PlannedSendings}).
     *
     * @param from the sender address; null: the installation's (samspil.fieldwork.from)
     * @param link only the link with this token hash (a replaced link); null: every link of the wave (or unit)
     */
    public record Request(StudyId study, WaveKey wave, Optional<UnitKey> unit, FieldworkSent.Kind kind, MessageTemplates.Language language,
                          String baseUrl, boolean resendUncertain, String from, String link) {

        public Request(StudyId study, WaveKey wave, Optional<UnitKey> unit, FieldworkSent.Kind kind, MessageTemplates.Language language,
                       String baseUrl, boolean resendUncertain) {
            this(study, wave, unit, kind, language, baseUrl, resendUncertain, null, null);
        }

        public Request from(String address) {
            return new Request(study, wave, unit, kind, language, baseUrl, resendUncertain, address, link);
        }

        public Request onlyLink(String tokenHash) {
            return new Request(study, wave, unit, kind, language, baseUrl, resendUncertain, from, tokenHash);
        }
    }

    private final FieldworkStore store;
    private final WaveTemplates templates;
    private final InvitationStore links;
    private final SealedContacts contacts;
    private final StudyCatalog catalog;
    private final ReadModelSync sync;
    private final CommandGateway commands;
    private final ObjectProvider<JavaMailSender> relay;
    private final ObjectProvider<SmsGateway> texts;
    private final Clock clock;
    private final String from;
    private final Duration lease;
    /** This process, as its claims name it (pid@host). */
    private final String claimant = ManagementFactory.getRuntimeMXBean().getName();

    Sendings(FieldworkStore store, WaveTemplates templates, InvitationStore links, SealedContacts contacts, StudyCatalog catalog, ReadModelSync sync,
             CommandGateway commands, ObjectProvider<JavaMailSender> relay, ObjectProvider<SmsGateway> texts, Clock clock,
             @Value("${samspil.fieldwork.from:}") String from, @Value("${samspil.fieldwork.claim-minutes:5}") long claimMinutes) {
        this.store = store;
        this.templates = templates;
        this.links = links;
        this.contacts = contacts;
        this.catalog = catalog;
        this.sync = sync;
        this.commands = commands;
        this.relay = relay;
        this.texts = texts;
        this.clock = clock;
        this.from = from;
        this.lease = Duration.ofMinutes(claimMinutes);
    }

    /** @throws Rejected when messages cannot go out from here: no relay or no sender address configured */
    public JavaMailSender ready() {
        return ready(null);
    }

    private JavaMailSender ready(String address) {
        JavaMailSender mail = relay.getIfAvailable();
        if (mail == null) {
            throw new Rejected("no SMTP relay is configured: set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, ...)");
        }
        if (address == null && from.isBlank()) {
            throw new Rejected("no sender address is configured: set SAMSPIL_FIELDWORK_FROM (e.g. undersoegelse@kommune.dk)");
        }
        return mail;
    }

    /** @throws Rejected with the reason nothing can be sent; then nothing was */
    public Report send(Request request) {
        JavaMailSender mail = ready(request.from());
        String sentFrom = request.from() == null ? from : request.from();
        sync.awaitCaughtUp(Duration.ofMinutes(10), at -> { });
        StudySummary study = catalog.study(request.study(), AsOf.LATEST)
                .orElseThrow(() -> new Rejected("no study '" + request.study() + "'; import its bundle first"));
        StudySummary.Wave wave = study.waves().stream().filter(w -> w.key().equals(request.wave().value())).findFirst()
                .orElseThrow(() -> new Rejected("study " + request.study() + " has no wave '" + request.wave() + "'"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), COPENHAGEN);
        if (today.isAfter(wave.closesOn())) {
            throw new Rejected("wave " + request.wave() + " closed on " + wave.closesOn() + "; its links no longer work");
        }
        Optional<MessageTemplates.Written> written = templates.of(request.study(), request.wave(), request.kind(), request.language());
        FieldworkStore.Sending sending = new FieldworkStore.Sending(request.study(), request.wave(), request.unit(), request.kind(), today,
                MessageTemplates.name(written, request.language()), Optional.ofNullable(request.link()));
        store.plan(sending);
        List<String> uncertain = store.uncertain(sending, clock.instant().minus(lease));
        if (request.resendUncertain()) {
            store.release(uncertain);
        }
        Map<UnitKey, int[]> sentNow = new TreeMap<>();
        for (FieldworkStore.Message message : store.pending(sending)) {
            String mailRef = UUID.randomUUID().toString().replace("-", "");
            if (!store.claim(message.id(), claimant, clock.instant(), mailRef)) {
                continue; // another node sends this one
            }
            try {
                Optional<SealedContacts.Opened> opened = links.contact(message.tokenHash())
                        .flatMap(sealed -> contacts.open(study.tenant(), message.respondent(), sealed));
                Optional<SmsGateway> sms = Optional.ofNullable(texts.getIfAvailable());
                if (opened.isEmpty() || opened.get().contact().email() == null && (opened.get().contact().phone() == null || sms.isEmpty())) {
                    store.failed(message.id(), clock.instant(), opened.isEmpty() ? "erased" : "no e-mail address, and no SMS gateway for the number");
                    continue;
                }
                String link = new IssuedLink(message.respondent(), opened.get().token()).url(request.baseUrl());
                MessageTemplates.Text text = MessageTemplates.render(request.kind(), request.language(), written, study.title(), link,
                        wave.closesOn());
                if (opened.get().contact().email() != null) {
                    mail.send(mime(mail, sentFrom, opened.get().contact().email(), text, mailRef));
                } else {
                    // a text message carries the subject and the link, not the letter
                    sms.get().send(opened.get().contact().phone(), text.subject() + "\n" + link);
                }
                store.sent(message.id(), clock.instant());
                sentNow.computeIfAbsent(message.unit(), u -> new int[1])[0]++;
            } catch (MailException | MessagingException | java.io.IOException e) {
                // the relay's reply may quote the address: keep only what kind of failure it was
                store.failed(message.id(), clock.instant(), "refused or not reachable: " + e.getClass().getSimpleName());
                LOG.warn("a {} for wave {} of study {}, unit {}, was not delivered: {}", request.kind().name().toLowerCase(java.util.Locale.ROOT),
                        request.wave(), request.study(), message.unit(), e.getClass().getSimpleName());
            }
        }
        sentNow.forEach((unit, count) -> Conflicts.retried(() -> commands.sendAndWait(new RecordFieldworkSending(request.study(),
                request.wave(), unit, request.kind(), count[0], sending.template(), today))));
        Map<UnitKey, int[]> after = tally(sending);
        Map<UnitKey, UnitReport> report = new TreeMap<>();
        after.forEach((unit, states) -> {
            int now = sentNow.getOrDefault(unit, new int[1])[0];
            // a claim still standing was left by a sender that stopped (or is another node's, going out now)
            report.put(unit, new UnitReport(now, states[FieldworkStore.State.FAILED.ordinal()], states[FieldworkStore.State.CLAIMED.ordinal()],
                    states[FieldworkStore.State.SENT.ordinal()] - now, states[FieldworkStore.State.BOUNCED.ordinal()]));
        });
        return new Report(report);
    }

    private Map<UnitKey, int[]> tally(FieldworkStore.Sending sending) {
        Map<UnitKey, int[]> states = new TreeMap<>();
        for (FieldworkStore.Count count : store.counts(sending)) {
            states.computeIfAbsent(count.unit(), u -> new int[FieldworkStore.State.values().length])[count.state().ordinal()] = count.messages();
        }
        return states;
    }

    private static MimeMessage mime(JavaMailSender mail, String from, String to, MessageTemplates.Text text, String mailRef)
            throws MessagingException {
        Session session = mail instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        MimeMessage message = new Traceable(session, "<" + mailRef + Bounces.REF_SUFFIX + from.substring(from.indexOf('@') + 1) + ">");
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(text.subject());
        helper.setText(text.body(), false);
        return message;
    }

    /** A mail whose Message-ID carries its reference: a bounce returns the Message-ID, never needing the address. */
    private static final class Traceable extends MimeMessage {

        private final String messageId;

        Traceable(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
