package dk.samspil.ui.runtime.storage;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;

import java.sql.SQLException;

/**
 * Recognises a second event at an aggregate's sequence number on H2 and on PostgreSQL, so Axon
 * turns it into a {@code ConcurrencyException} that callers retry. Axon's own resolver looks for
 * {@code SQLIntegrityConstraintViolationException}, which H2 throws and PostgreSQL's driver does
 * not: it throws {@code PSQLException} with the SQL state of a unique violation, 23505.
 */
public final class DuplicateKeys implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcSQLErrorCodesResolver axon = new JdbcSQLErrorCodesResolver();

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return axon.isDuplicateKeyViolation(exception);
    }
}
