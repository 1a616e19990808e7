package dk.samspil.ui.runtime.readmodel;

import dk.samspil.projections.ReadModel;
import dk.samspil.projections.store.ReadModelBatches;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Before the read-model processor starts, sets its token in the token store to the position the
 * read model itself holds. The read model is written after the processor has moved on (and may be
 * deleted to rebuild it), so its own position is the one to resume from.
 */
public final class ReadModelPosition {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelPosition.class);

    private ReadModelPosition() {
    }

    /**
     * Empties a read model that holds events the store no longer has, so that it is rebuilt: a process
     * killed just after the store made an event visible, but before that event reached the file, leaves
     * the store without it while the read model had applied it (KillDuringImportReplayExportTest).
     * New events would take those positions again and be skipped.
     *
     * @return whether the read model was emptied
     */
    public static boolean forgetLostEvents(ReadModel readModel, EventStorageEngine events) {
        long applied = readModel.batches().appliedPosition();
        TrackingToken head = events.createHeadToken();
        long stored = head == null ? -1 : head.position().orElse(-1);
        if (applied <= stored) {
            return false;
        }
        LOG.warn("the read model has applied events up to position {}, the event store ends at {}: rebuilding the read model", applied, stored);
        readModel.batches().reset();
        return true;
    }

    public static void align(ReadModel readModel, TokenStore tokens, TransactionManager transactions) {
        TrackingToken applied = readModel.batches().appliedToken();
        String processor = ReadModelBatches.PROCESSOR;
        transactions.executeInTransaction(() -> {
            if (tokens.fetchSegments(processor).length == 0) {
                LOG.info("the read model has applied the event store up to position {}; the processor goes on from there",
                        applied == null ? -1 : applied.position().orElse(-1));
                tokens.initializeTokenSegments(processor, 1, applied);
                return;
            }
            TrackingToken stored = tokens.fetchToken(processor, 0);
            if (!Objects.equals(stored, applied)) {
                LOG.info("read-model processor resumes from the read model's own position {} (token store had {})",
                        applied == null ? "start" : applied.position().orElse(-1), stored == null ? "start" : stored.position().orElse(-1));
                tokens.storeToken(applied, processor, 0);
            }
            tokens.releaseClaim(processor, 0);
        });
    }
}
