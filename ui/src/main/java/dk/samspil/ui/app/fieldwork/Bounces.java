package dk.samspil.ui.app.fieldwork;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MultipartReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bounce mailbox (samspil.fieldwork.bounces.url, e.g. imaps://bounces@imap.kommune.dk/INBOX, with
 * samspil.fieldwork.bounces.password): each delivery status notification (RFC 3464) that reports a message of
 * this repository undeliverable marks it bounced, by the reference in its Message-ID, and is removed from
 * the mailbox. The address in the notification is never read into Samspil. Other mail is left as it is.
 * The relay sends bounces there when the installation sets it as the envelope sender
 * (spring.mail.properties.mail.smtp.from).
 */
@Component
public class Bounces {

    /** What comes after the reference in a sent mail's Message-ID, before the sender's domain. */
    static final String REF_SUFFIX = ".samspil@";

    private static final Logger LOG = LoggerFactory.getLogger(Bounces.class);
    private static final Pattern STATUS = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern REF = Pattern.compile("<([0-9a-f]{32})" + Pattern.quote(REF_SUFFIX) + "[^>\\s]+>");

    /**
     * What one reading of the mailbox did.
     *
     * @param bounced messages of this repository now marked bounced
     * @param other mail left in the mailbox: not a failure report, or about a message this repository did not send
     */
    public record Reading(int bounced, int other) {
    }

    private final FieldworkStore store;
    private final Clock clock;
    private final String url;
    private final String password;

    Bounces(FieldworkStore store, Clock clock, @Value("${samspil.fieldwork.bounces.url:}") String url,
            @Value("${samspil.fieldwork.bounces.password:}") String password) {
        this.store = store;
        this.clock = clock;
        this.url = url;
        this.password = password;
    }

    public boolean configured() {
        return !url.isBlank();
    }

    /** Reads the mailbox once; nothing when none is configured. @throws MessagingException when it cannot be reached */
    public Reading read() throws MessagingException {
        if (!configured()) {
            return new Reading(0, 0);
        }
        URLName where = new URLName(url);
        int bounced = 0;
        int other = 0;
        try (Store mailbox = Session.getInstance(new Properties()).getStore(where.getProtocol())) {
            mailbox.connect(where.getHost(), where.getPort(), where.getUsername(), password.isEmpty() ? where.getPassword() : password);
            Folder folder = mailbox.getFolder(where.getFile() == null || where.getFile().isBlank() ? "INBOX" : where.getFile());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message mail : folder.getMessages()) {
                    if (mail.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    Optional<Failure> failure = failure(mail);
                    if (failure.isPresent() && store.bounced(failure.get().ref(), clock.instant(), "bounced: " + failure.get().status())) {
                        mail.setFlag(Flags.Flag.DELETED, true);
                        bounced++;
                    } else {
                        other++;
                    }
                }
            } finally {
                folder.close(true); // expunges the notifications read
            }
        }
        if (bounced > 0) {
            LOG.info("{} messages returned as undeliverable were marked bounced", bounced);
        }
        return new Reading(bounced, other);
    }

    /** A failure a notification reports: whose message, and the status code (5.1.1: no such mailbox). */
    record Failure(String ref, String status) {
    }

    /** The failure the mail reports for a message of this repository, if it is a notification of one. */
    static Optional<Failure> failure(Message mail) {
        try {
            if (!(mail.getContent() instanceof MultipartReport report) || report.getDeliveryStatus() == null) {
                return Optional.empty();
            }
            DeliveryStatus status = report.getDeliveryStatus();
            Optional<String> failed = Optional.empty();
            for (int i = 0; i < status.getRecipientDSNCount(); i++) {
                InternetHeaders recipient = status.getRecipientDSN(i);
                if ("failed".equalsIgnoreCase(field(recipient, "Action"))) {
                    // only the code: the recipient's address and the relay's wording stay out
                    Matcher code = STATUS.matcher(field(recipient, "Status"));
                    failed = Optional.of(code.find() ? code.group() : "");
                }
            }
            if (failed.isEmpty()) {
                return Optional.empty(); // delayed or delivered: nothing failed yet
            }
            Optional<String> ref = ref(report.getReturnedMessage());
            if (ref.isEmpty()) {
                // a relay that quotes the original elsewhere: look for the reference in the whole notification
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                mail.writeTo(raw);
                ref = find(raw.toString(StandardCharsets.UTF_8));
            }
            String code = failed.get().isEmpty() ? "unknown" : failed.get();
            return ref.map(r -> new Failure(r, code));
        } catch (MessagingException | IOException e) {
            LOG.warn("a mail in the bounce mailbox could not be read: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Optional<String> ref(MimeMessage returned) throws MessagingException {
        return returned == null || returned.getHeader("Message-ID") == null ? Optional.empty() : find(returned.getHeader("Message-ID")[0]);
    }

    private static Optional<String> find(String text) {
        Matcher m = REF.matcher(text.toLowerCase(Locale.ROOT));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String field(InternetHeaders headers, String name) {
        String value = headers.getHeader(name, null);
        return value == null ? "" : value.strip();
    }
}
