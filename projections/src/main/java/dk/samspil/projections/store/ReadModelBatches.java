package dk.samspil.projections.store;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Gathers the read-model changes of each event batch and writes them when the batch commits.
 * DuckDB is not part of Axon's token transaction, so the token is also kept in DuckDB, and an
 * event the stored token already covers is skipped: a redelivered batch changes nothing.
 */
public final class ReadModelBatches {

    /** The processing group of every handler that writes the read model. */
    public static final String PROCESSOR = "read-model";

    /** Every table the read-model handlers fill, emptied on a rebuild. */
    public static final List<String> TABLES = List.of("organisation", "study", "unit", "grp", "wave", "instrument",
            "instrument_item", "relation", "submission", "score_row", "event_log", "intervention", "intervention_step", "org_change",
            "unit_lineage", "milestone", "invitation", "outcome", "projection_state");

    private static final String RESOURCE = ReadModelBatches.class.getName();

    private final ReadModelWriter writer;
    private final Serializer serializer;
    private volatile TrackingToken applied;

    public ReadModelBatches(ReadModelWriter writer, Serializer serializer) throws SQLException {
        this.writer = writer;
        this.serializer = serializer;
        this.applied = writer.token(PROCESSOR).map(t -> deserialize(t.token())).orElse(null);
    }

    /** The batch to add this event's changes to, or empty when the read model already holds them. */
    public Optional<ReadModelBatch> forEvent(TrackingToken token) {
        if (token == null) {
            throw new IllegalStateException("read-model handlers must run in a streaming processor (no tracking token)");
        }
        TrackingToken done = applied;
        if (done != null && done.covers(token)) {
            return Optional.empty();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Pending pending = root.getOrComputeResource(RESOURCE, key -> {
            Pending fresh = new Pending();
            root.onPrepareCommit(u -> flush(fresh));
            return fresh;
        });
        pending.token = token;
        pending.batch.advanceTo(token.position().orElse(-1));
        return Optional.of(pending.batch);
    }

    /** Forgets everything, before a rebuild from the first event. */
    public void reset() {
        try {
            writer.clear(TABLES);
            applied = null;
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the read model for a rebuild", e);
        }
    }

    /** The event-store position the read model has applied, or -1 when it is empty. */
    public long appliedPosition() {
        try {
            return writer.token(PROCESSOR).map(ReadModelWriter.StoredToken::position).orElse(-1L);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the read model's position", e);
        }
    }

    private void flush(Pending pending) {
        try {
            SerializedObject<String> token = serializer.serialize(pending.token, String.class);
            writer.write(PROCESSOR, pending.batch, token.getType().getName() + "\n" + token.getData());
            applied = pending.token;
        } catch (SQLException e) {
            throw new IllegalStateException("writing the read model failed; the batch will be retried", e);
        }
    }

    private TrackingToken deserialize(String stored) {
        int split = stored.indexOf('\n');
        return serializer.deserialize(new SimpleSerializedObject<>(stored.substring(split + 1), String.class,
                new SimpleSerializedType(stored.substring(0, split), null)));
    }

    private static final class Pending {
        private final ReadModelBatch batch = new ReadModelBatch();
        private TrackingToken token;
    }
}
