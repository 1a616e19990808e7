package dk.samspil.ui.runtime.storage;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends events one transaction at a time, so transactions commit in the order of the global
 * indexes they were given. Each append first locks the one row of {@code event_append_lock}; the
 * lock is held until the transaction ends. A transaction that has taken an index therefore commits
 * (or rolls back) before any later one can take the next, and every gap a reader sees below the
 * newest visible event is permanent: a tracking processor that forgets old gaps (Axon's
 * {@code maxGapOffset}, {@code gapTimeout}) skips nothing. Without this a long import and a
 * questionnaire committed meanwhile above it lose the import's events for good (AxonFramework
 * issues #4829 and #2958; {@code EventAppendsTest}).
 */
public final class SerialAppends implements AppendEventsStatementBuilder {

    private final boolean serialised;

    /** @param serialised false only to show in a test what happens without it */
    public SerialAppends(boolean serialised) {
        this.serialised = serialised;
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType, List<? extends EventMessage<?>> events,
                                   Serializer serializer, TimestampWriter timestampWriter) throws SQLException {
        if (serialised) {
            lock(connection);
        }
        return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer, timestampWriter);
    }

    /** Waits for, and holds until this transaction ends, the right to append; reentrant within one transaction. */
    static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM event_append_lock WHERE id = 1 FOR UPDATE");
             var rows = lock.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("the event store has no row in event_append_lock; its schema was not created by Samspil");
            }
        }
    }
}
