package dk.samspil.ui.app.replay;

import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.ui.runtime.readmodel.ReadModelPosition;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.runtime.settings.SamspilProperties;
import dk.samspil.ui.runtime.storage.DataDirectory;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * Rebuilds the read model from the event store while the application keeps serving the one it
 * has: the new model is built in a file of its own by a processor of its own, and only when it
 * has reached the head of the store does the application stop its processor for a moment, move
 * over to the new file and resume from there. Nobody is ever served a half-built read model.
 */
@Component
// after the read model was emptied if it had to be (ReadModelPosition), so its emptiness seen here is true
@DependsOn("readModelPositionAligned")
public class OnlineRebuild implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineRebuild.class);

    private final DataDirectory data;
    private final ReadModel live;
    private final EventStore events;
    private final ReadModelSync sync;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final PersonVault vault;
    private final Serializer serializer;
    private final SamspilProperties properties;
    private volatile RebuildStatus status = RebuildStatus.idle();
    /**
     * The store's newest position when the served file began to be built, when this process saw that
     * (emptied at start or by a replay, or built beside and switched to): every erasure up to it had
     * destroyed its key before the file read anything, so nothing of that person can be in it.
     */
    private volatile Long builtFromHead;
    /** An erasure came while a rebuild that may have read the person's key ran: run once more after it. */
    private boolean again;
    private Thread running;
    private volatile boolean closing;

    public OnlineRebuild(DataDirectory data, ReadModel live, EventStore events, ReadModelSync sync,
                         EventProcessingConfiguration processing, TokenStore tokens, TransactionManager transactions,
                         PersonVault vault, Serializer serializer, SamspilProperties properties) {
        this.data = data;
        this.live = live;
        this.events = events;
        this.sync = sync;
        this.processing = processing;
        this.tokens = tokens;
        this.transactions = transactions;
        this.vault = vault;
        this.serializer = serializer;
        this.properties = properties;
        // an empty read model at start is built by the application's own processor from the store as it is now
        if (live.batches().appliedPosition() < 0) {
            this.builtFromHead = sync.head();
        }
    }

    public RebuildStatus status() {
        return status;
    }

    /** The store's newest position when the served file began to be built, if this process knows. */
    public Optional<Long> builtFromHead() {
        return Optional.ofNullable(builtFromHead);
    }

    /** Says that the served read model is being built from the first event now, up from the store's {@code head}. */
    public void builtFromScratch(long head) {
        builtFromHead = head;
    }

    /**
     * Makes sure a rebuild runs that begins with the event at {@code position} (an erasure) already in
     * the store, and so its key already gone: starts one, or, when the one running began before it, runs
     * another when that one ends.
     */
    public synchronized void request(long position) {
        boolean running = status.state() == RebuildStatus.State.REBUILDING || status.state() == RebuildStatus.State.SWITCHING;
        if (!running) {
            start();
        } else if (status.head() < position) {
            again = true;
        }
    }

    /**
     * Starts a rebuild in the background.
     *
     * @throws IllegalStateException when one is already running
     */
    public synchronized RebuildStatus start() {
        if (status.state() == RebuildStatus.State.REBUILDING || status.state() == RebuildStatus.State.SWITCHING) {
            throw new IllegalStateException("a rebuild of the read model is already running, at position "
                    + status.position() + " of " + status.head());
        }
        if (closing) {
            throw new IllegalStateException("the application is stopping; the read model is rebuilt at its next start");
        }
        long head = sync.head();
        status = new RebuildStatus(RebuildStatus.State.REBUILDING, -1, head, Instant.now(), null, 0, 0, 0, null);
        running = Thread.ofPlatform().name("read-model-rebuild").daemon().start(() -> run(head));
        return status;
    }

    /**
     * Stops a rebuild that is running, before the read model it reads closes: its unfinished file is
     * deleted, and a read model that applied an erasure is begun anew at the next start (it says so itself).
     */
    @Override
    public void destroy() throws InterruptedException {
        Thread rebuilding;
        synchronized (this) {
            closing = true;
            rebuilding = running;
        }
        if (rebuilding != null && rebuilding.isAlive()) {
            LOG.info("the application stops while the read model is rebuilt: the rebuild is abandoned");
            rebuilding.interrupt();
            rebuilding.join(java.time.Duration.ofSeconds(30));
        }
    }

    private void run(long head) {
        try {
            rebuildOnce(head);
        } finally {
            synchronized (this) {
                if (again && !closing) {
                    again = false;
                    start();
                }
            }
        }
    }

    private void rebuildOnce(long head) {
        Path next = null;
        try {
            next = data.nextReadModel();
            Counts counts = build(next, head);
            if (closing) {
                throw new InterruptedException("the application stopped before the rebuilt read model was switched to");
            }
            status = status.at(RebuildStatus.State.SWITCHING, head);
            switchTo(next);
            builtFromHead = head;
            status = new RebuildStatus(RebuildStatus.State.DONE, head, head, status.started(), Instant.now(),
                    counts.events, counts.questionnaires, counts.rows, null);
            LOG.info("read model rebuilt beside the served one and switched to {} in {} s", next.getFileName(), status.seconds());
        } catch (Exception | LinkageError e) {
            if (closing) {
                LOG.info("rebuilding the read model was abandoned as the application stopped");
            } else {
                LOG.error("rebuilding the read model failed; the application keeps the read model it had", e);
            }
            status = new RebuildStatus(RebuildStatus.State.FAILED, status.position(), head, status.started(), Instant.now(),
                    0, 0, 0, String.valueOf(e.getMessage()));
            if (next != null && !next.equals(live.store().file())) {
                deleteQuietly(next);
            }
        }
    }

    private Counts build(Path next, long head) throws SQLException, InterruptedException {
        try (ReadModel shadow = ReadModel.open(next, vault, serializer, properties.readModelMemory())) {
            TrackingEventProcessor processor = TrackingEventProcessor.builder()
                    .name(ReadModelBatches.PROCESSOR + "-rebuild")
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(shadow.handlers()).build())
                    .messageSource(events)
                    // the new read model keeps its own position; this processor lives only as long as the rebuild
                    .tokenStore(new InMemoryTokenStore())
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                            .andBatchSize(ReadModelSync.STREAM_BATCH).andInitialSegmentsCount(1))
                    .build();
            processor.start();
            try {
                long applied = shadow.batches().appliedPosition();
                while (applied < head) {
                    Optional<Throwable> error = processor.processingStatus().values().stream()
                            .filter(EventTrackerStatus::isErrorState).map(EventTrackerStatus::getError).findFirst();
                    if (error.isPresent()) {
                        throw new IllegalStateException("the rebuild stopped at position " + applied + ": " + error.get().getMessage(), error.get());
                    }
                    status = status.at(RebuildStatus.State.REBUILDING, applied);
                    Thread.sleep(200);
                    applied = shadow.batches().appliedPosition();
                }
            } finally {
                processor.shutDown();
            }
            shadow.batches().drain();
            return counts(shadow);
        }
    }

    // the only moment the application's processor stands still: it resumes from the new file's position
    private void switchTo(Path next) throws Exception {
        StreamingEventProcessor processor = processing.eventProcessor(ReadModelBatches.PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + ReadModelBatches.PROCESSOR));
        boolean wasRunning = processor.isRunning();
        processor.shutDown();
        try {
            live.switchTo(next);
            data.promote(next);
            ReadModelPosition.align(live, tokens, transactions);
        } finally {
            if (wasRunning) {
                processor.start();
            }
        }
    }

    static Counts counts(ReadModel model) throws SQLException {
        try (Connection c = model.store().connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM event_log), (SELECT count(*) FROM submission), "
                     + "(SELECT count(*) FROM score_row) + (SELECT count(*) FROM submission) + (SELECT count(*) FROM event_log)")) {
            r.next();
            return new Counts(r.getLong(1), r.getLong(2), r.getLong(3));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
        } catch (java.io.IOException e) {
            LOG.warn("could not delete {}; it is removed at the next start", file, e);
        }
    }

    record Counts(long events, long questionnaires, long rows) {
    }
}
