package dk.samspil.ui.runtime.storage;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/** Axon's JDBC event store as Samspil runs it, on H2 or PostgreSQL, on one node or several. */
public final class JdbcEvents {

    private JdbcEvents() {
    }

    /**
     * How the store's readers treat gaps in the global index, and whether appends are serialised.
     *
     * @param maxGapOffset gaps further below the newest event than this are forgotten (Axon's default 10,000)
     * @param gapTimeoutMillis gaps whose neighbours are older than this are not waited for (Axon's default 60 s)
     * @param serialisedAppends one appending transaction at a time ({@link SerialAppends}); false only in tests
     */
    public record Gaps(int maxGapOffset, int gapTimeoutMillis, boolean serialisedAppends) {
        public static final Gaps DEFAULT = new Gaps(10_000, 60_000, true);
    }

    public static JdbcEventStorageEngine engine(Serializer events, Serializer snapshots, EventUpcaster upcasters,
                                                ConnectionProvider connections, TransactionManager transactions,
                                                int batchSize, Gaps gaps) {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(events)
                .snapshotSerializer(snapshots)
                .upcasterChain(upcasters)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .persistenceExceptionResolver(new DuplicateKeys())
                .appendEvents(new SerialAppends(gaps.serialisedAppends()))
                .maxGapOffset(gaps.maxGapOffset())
                .gapTimeout(gaps.gapTimeoutMillis())
                .batchSize(batchSize)
                .build();
    }
}
