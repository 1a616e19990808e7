package dk.samspil.ui.runtime.readmodel;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this node may take traffic: once its read model has caught up with the event store as it
 * stood (a new or restarted node first applies what the others wrote meanwhile; until then it would
 * answer a respondent's link with "unknown"), and for as long as its read model has not failed. The
 * processor standing still for the moment an online rebuild switches files does not count.
 */
public final class Readiness {

    private final ReadModelSync sync;
    private final AtomicBoolean caughtUp = new AtomicBoolean();

    public Readiness(ReadModelSync sync) {
        this.sync = sync;
    }

    /**
     * @param ready          whether the node takes traffic
     * @param applied        the newest position its read model has applied
     * @param stored         the newest position in the event store
     * @param problem        why not, when not
     */
    public record State(boolean ready, long applied, long stored, String problem) {
    }

    public State now() {
        long stored = sync.head();
        long applied = sync.batches().appliedPosition();
        var failure = sync.failure();
        if (failure.isPresent()) {
            return new State(false, applied, stored, "the read model stopped: " + failure.get().getMessage());
        }
        if (!caughtUp.get()) {
            if (applied < stored) {
                return new State(false, applied, stored, "catching up with the event store");
            }
            caughtUp.set(true);
        }
        return new State(true, applied, stored, null);
    }
}
