package dk.samspil.ui.runtime.readmodel;

import dk.samspil.projections.store.ReadModelBatches;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Waits for the read model to reach the head of the event store, and rebuilds it from scratch. */
public record ReadModelSync(EventStore events, ReadModelBatches batches, EventProcessingConfiguration processing) {

    /**
     * Events read per query, and handled per read-model transaction, when the processor streams the
     * store: large enough that DuckDB writes a replay's rows straight into its file (row groups of
     * 122,880) rather than through its write-ahead log.
     */
    public static final int STREAM_BATCH = 16000;

    /** Longer than any switch of files by an online rebuild. */
    private static final Duration STOPPED_TOO_LONG = Duration.ofSeconds(30);

    /** The position of the newest event in the store, or -1 when it is empty. */
    public long head() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /**
     * Blocks until the read model has applied every event stored so far.
     *
     * @param progress told the applied position while waiting
     * @return the position reached
     * @throws IllegalStateException when the read-model processor fails or the timeout passes
     */
    public long awaitCaughtUp(Duration timeout, LongConsumer progress) {
        long head = head();
        long deadline = System.nanoTime() + timeout.toNanos();
        long stoppedSince = -1;
        while (true) {
            // from memory: polling DuckDB competed with the writer for the cores
            long applied = batches.appliedPosition();
            progress.accept(applied);
            if (applied >= head) {
                return applied;
            }
            failure().ifPresent(error -> {
                throw new IllegalStateException("the read model stopped at position " + applied + ": " + error.getMessage(), error);
            });
            // an online rebuild stops the processor for the moment it switches files: only a longer stop is one
            if (processor().isRunning()) {
                stoppedSince = -1;
            } else if (stoppedSince < 0) {
                stoppedSince = System.nanoTime();
            } else if (System.nanoTime() - stoppedSince > STOPPED_TOO_LONG.toNanos()) {
                throw new IllegalStateException("the read-model processor is not running (read model at position " + applied + " of " + head + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read model is at position " + applied + " of " + head + " after " + timeout);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the read model caught up", e);
            }
        }
    }

    /**
     * Empties the read model and applies every event again; returns when done. The processor
     * must not have been started yet (samspil.read-model.auto-start=false), so no batch of the
     * old token can land after the reset.
     */
    public void rebuild(Duration timeout, LongConsumer progress) {
        StreamingEventProcessor processor = processor();
        if (processor.isRunning()) {
            throw new IllegalStateException("rebuild needs the read-model processor stopped; start the application with samspil.read-model.auto-start=false");
        }
        processor.resetTokens();
        processor.start();
        awaitCaughtUp(timeout, progress);
    }

    /** Why the read model stopped applying events, if it did. */
    public Optional<Throwable> failure() {
        return batches.failure().or(() -> processor().processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(EventTrackerStatus::getError)
                .findFirst());
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(ReadModelBatches.PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + ReadModelBatches.PROCESSOR));
    }
}
