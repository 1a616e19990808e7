package dk.samspil.domain.shared;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs a transaction again, whole, when another writer (this node or another one on the same
 * database) appended to one of its aggregates first: the repeat reads the history anew and
 * decides again, so nothing either writer submitted is lost or stored twice.
 */
public final class Conflicts {

    /** Attempts in all before the conflict is given up to the caller. */
    public static final int ATTEMPTS = 8;

    private static final AtomicLong RETRIED = new AtomicLong();

    private Conflicts() {
    }

    public static <T> T retried(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                RETRIED.incrementAndGet();
                pause(attempt);
            }
        }
    }

    /** Transactions this process has run again after a conflict, since it started. */
    public static long retriedSoFar() {
        return RETRIED.get();
    }

    static boolean isConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // a second creator of a new aggregate is a conflict too: run again, it finds the stream and decides anew
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }

    // random, growing pauses so two writers that met do not meet again at once
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying after a conflict", e);
        }
    }
}
