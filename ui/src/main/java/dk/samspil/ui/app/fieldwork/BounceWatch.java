package dk.samspil.ui.app.fieldwork;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/** Reads the bounce mailbox on every serving node each minute; marking a bounce twice changes nothing, so no claim is needed. */
@Component
@ConditionalOnWebApplication
class BounceWatch {

    private static final Logger LOG = LoggerFactory.getLogger(BounceWatch.class);

    private final Bounces bounces;

    BounceWatch(Bounces bounces) {
        this.bounces = bounces;
    }

    @Scheduled(initialDelayString = "${samspil.fieldwork.check-seconds:60}", fixedDelayString = "${samspil.fieldwork.check-seconds:60}",
            timeUnit = TimeUnit.SECONDS)
    void read() {
        try {
            bounces.read();
        } catch (MessagingException e) {
            LOG.warn("the bounce mailbox could not be read: {}", e.getMessage());
        }
    }
}
