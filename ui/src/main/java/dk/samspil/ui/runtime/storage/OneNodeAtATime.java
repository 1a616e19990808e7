package dk.samspil.ui.runtime.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Work that nodes sharing one PostgreSQL must do one at a time (creating the schema, loading the
 * demo once): a session-level advisory lock on the connection given, held while the work runs. An
 * embedded H2 store belongs to one process (its data folder is locked), so it needs none.
 */
public final class OneNodeAtATime {

    /** Creating or updating the event-store schema. */
    public static final long SCHEMA = 0x5a4d5350_494c0001L;
    /** Loading the demo study and its accounts. */
    public static final long DEMO = 0x5a4d5350_494c0002L;

    private OneNodeAtATime() {
    }

    /** Work done while the lock is held; it may throw what it throws. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    public static <T, E extends Exception> T run(Connection connection, long key, Work<T, E> work) throws E, SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        if (postgres) {
            call(connection, "pg_advisory_lock", key);
        }
        try {
            return work.call();
        } finally {
            if (postgres) {
                call(connection, "pg_advisory_unlock", key);
            }
        }
    }

    private static void call(Connection connection, String function, long key) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT " + function + "(" + key + ")");
        }
    }
}
