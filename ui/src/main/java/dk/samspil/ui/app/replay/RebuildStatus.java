package dk.samspil.ui.app.replay;

import java.time.Instant;

/**
 * Where a rebuild of the read model beside the one being served stands.
 *
 * @param position the position the new read model has reached
 * @param head     the newest event when the rebuild began; the new model serves once it gets there
 * @param events   events the rebuild applied (known when done)
 * @param rows     read-model rows it wrote (known when done)
 */
public record RebuildStatus(State state, long position, long head, Instant started, Instant finished,
                            long events, long questionnaires, long rows, String error) {

    public enum State {
        /** No rebuild since the application started. */
        IDLE,
        /** Building the new read model beside the one being served. */
        REBUILDING,
        /** The new read model is complete; the application moves over to it. */
        SWITCHING,
        /** The application serves the rebuilt read model. */
        DONE,
        /** Stopped; the application still serves the read model it had. */
        FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    public static RebuildStatus idle() {
        return new RebuildStatus(State.IDLE, -1, -1, null, null, 0, 0, 0, null);
    }

    /** Seconds from start to finish, or to now while it runs. */
    public double seconds() {
        if (started == null) {
            return 0;
        }
        Instant end = finished == null ? Instant.now() : finished;
        return (end.toEpochMilli() - started.toEpochMilli()) / 1000.0;
    }

    public RebuildStatus at(State state, long position) {
        return new RebuildStatus(state, position, head, started, finished, events, questionnaires, rows, error);
    }
}
