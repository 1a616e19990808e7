package dk.samspil.projections.store;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Gathers the read-model changes of each event batch and writes them, with the batch's tracking
 * token, in one DuckDB transaction. The read model owns its position: the token kept in DuckDB is
 * the truth (the processor's own token is set back to it at start), and an event the stored token
 * already covers is skipped, so a redelivered batch changes nothing.
 * <p>
 * Batches are written on a thread of their own while the processor reads the next one; at most
 * {@value #IN_FLIGHT} wait. A failed write stops all further writing and fails the processor, so
 * nothing is written out of order.
 */
public final class ReadModelBatches implements AutoCloseable {

    /** The processing group of every handler that writes the read model. */
    public static final String PROCESSOR = "read-model";

    /** Every table the read-model handlers fill, emptied on a rebuild. */
    public static final List<String> TABLES = List.of("organisation", "study", "unit", "grp", "wave", "instrument",
            "instrument_item", "relation", "submission", "score_row", "event_log", "intervention", "intervention_step", "org_change",
            "unit_lineage", "milestone", "invitation", "outcome", "study_attribute", "person_attribute", "research_export", "partner_agreement", "study_citation", "group_silo", "person_level_grant",
            "wave_release", "release_figure", "release_decided", "projection_state");

    static final int IN_FLIGHT = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelBatches.class);
    private static final String RESOURCE = ReadModelBatches.class.getName();

    private final ReadModelWriter writer;
    private final Serializer serializer;
    private final ExecutorService writing = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "read-model-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
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
        failIfBroken();
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

    /** The position of the last batch written and committed, -1 when none; without waiting for batches in flight. */
    public long appliedPosition() {
        TrackingToken done = applied;
        return done == null ? -1 : done.position().orElse(-1);
    }

    /** The token the read model has applied (the truth about its position), or null when it is empty. */
    public TrackingToken appliedToken() {
        drain();
        return applied;
    }

    /** Takes the position from the writer's file again, after the store switched files. */
    public void reload() throws SQLException {
        drain();
        applied = writer.token(PROCESSOR).map(t -> deserialize(t.token())).orElse(null);
    }

    /** Forgets everything, before a rebuild from the first event. */
    public void reset() {
        drain();
        try {
            writer.clear(TABLES);
            applied = null;
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the read model for a rebuild", e);
        }
    }

    /** Why writing stopped, when it did: the processor only learns of it at its next event, which may never come. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Waits until every batch handed over has been written. */
    public void drain() {
        inFlight.acquireUninterruptibly(IN_FLIGHT);
        inFlight.release(IN_FLIGHT);
    }

    private void flush(Pending pending) {
        failIfBroken();
        // opening and reading the batch's answer sheets uses every core, before the handover
        pending.batch.expand();
        SerializedObject<String> serialized = serializer.serialize(pending.token, String.class);
        String token = serialized.getType().getName() + "\n" + serialized.getData();
        inFlight.acquireUninterruptibly();
        writing.execute(() -> {
            try {
                if (failure.get() == null) {
                    writer.write(PROCESSOR, pending.batch, token);
                    applied = pending.token;
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
                LOG.error("writing the read model failed at position {}; nothing more is written until restart", pending.batch.position(), e);
            } finally {
                inFlight.release();
            }
        });
    }

    private void failIfBroken() {
        Throwable broken = failure.get();
        if (broken != null) {
            throw new IllegalStateException("the read model could not be written: " + broken.getMessage(), broken);
        }
    }

    private TrackingToken deserialize(String stored) {
        int split = stored.indexOf('\n');
        return serializer.deserialize(new SimpleSerializedObject<>(stored.substring(split + 1), String.class,
                new SimpleSerializedType(stored.substring(0, split), null)));
    }

    @Override
    public void close() {
        drain();
        writing.shutdown();
    }

    private static final class Pending {
        private final ReadModelBatch batch = new ReadModelBatch();
        private TrackingToken token;
    }
}
