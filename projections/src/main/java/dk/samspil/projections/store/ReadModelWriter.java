package dk.samspil.projections.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Writes batches into DuckDB and keeps each processor's token beside the rows it produced. */
public final class ReadModelWriter implements AutoCloseable {

    private final ReadModelStore store;
    private DuckDBConnection connection;
    private final Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

    public ReadModelWriter(ReadModelStore store) throws SQLException {
        this.store = store;
        this.connection = connect(store);
    }

    private static DuckDBConnection connect(ReadModelStore store) throws SQLException {
        return store.connection();
    }

    /** Writes to the store's file from now on, after the store switched to another one. */
    public synchronized void reconnect() throws SQLException {
        DuckDBConnection old = connection;
        connection = connect(store);
        closePrepared();
        old.close();
    }

    // preparing costs DuckDB as much as running a small statement, and the same few recur in every batch
    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    private void closePrepared() throws SQLException {
        for (PreparedStatement statement : prepared.values()) {
            statement.close();
        }
        prepared.clear();
    }

    /** The stored token of a processor and the position it stands at. */
    public record StoredToken(String token, long position) {
    }

    public synchronized Optional<StoredToken> token(String processor) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT token, position FROM projection_state WHERE processor = ?")) {
            s.setString(1, processor);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new StoredToken(r.getString(1), r.getLong(2))) : Optional.empty();
            }
        }
    }

    /** Where projection_state notes an erasure that a file applied after it was begun (see {@link #erasureApplied}). */
    static final String ERASURE = "erasure-pending";

    /**
     * Notes in the file that it applied the erasure at {@code position} although it was begun before it: it
     * may hold the person's rows until it is rebuilt, and no process (nor a copy of the file) may serve it.
     */
    public synchronized void erasureApplied(long position) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(Sql.statement("store.sql", "token_stored"))) {
            s.setString(1, ERASURE);
            s.setString(2, "PersonErased");
            s.setLong(3, position);
            s.executeUpdate();
        }
    }

    /** The position of an erasure the file applied after it was begun, when there is one. */
    public OptionalLong erasurePending() throws SQLException {
        return token(ERASURE).map(t -> OptionalLong.of(t.position())).orElse(OptionalLong.empty());
    }

    /** Writes the batch and the token in one DuckDB transaction; on failure nothing of it remains. */
    public synchronized void write(String processor, ReadModelBatch batch, String token) throws SQLException {
        connection.setAutoCommit(false);
        try {
            // a statement first: DuckDB opens the transaction lazily, and an Appender before it would commit on its own
            try (PreparedStatement s = connection.prepareStatement(Sql.statement("store.sql", "token_stored"))) {
                s.setString(1, processor);
                s.setString(2, token);
                s.setLong(3, batch.position());
                s.executeUpdate();
            }
            for (Map.Entry<String, List<Object[]>> table : batch.rows().entrySet()) {
                try (DuckDBAppender appender = connection.createAppender("main", table.getKey())) {
                    for (Object[] row : table.getValue()) {
                        appender.beginRow();
                        for (Object value : row) {
                            append(appender, value);
                        }
                        appender.endRow();
                    }
                    // close() alone drops a failed flush and leaves the next table to fail with an unrelated message
                    flush(appender, table.getKey());
                }
            }
            for (ReadModelBatch.Statement statement : batch.statements()) {
                PreparedStatement s = prepared(statement.sql());
                bind(s, statement.parameters());
                s.executeUpdate();
            }
            for (Map.Entry<ReadModelBatch.Versioned, List<Object[]>> versioned : batch.corrections().entrySet()) {
                supersede(versioned.getKey(), versioned.getValue());
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void flush(DuckDBAppender appender, String table) throws SQLException {
        try {
            appender.flush();
        } catch (SQLException e) {
            throw new SQLException("could not add the batch's rows to " + table + ": " + e.getMessage(), e);
        }
    }

    /** Empties every read-model table, for a rebuild from the first event. */
    public synchronized void clear(List<String> tables) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
                s.execute("DELETE FROM " + table);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void supersede(ReadModelBatch.Versioned versioned, List<Object[]> corrections) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS correction (fact_key VARCHAR, position BIGINT)");
            s.execute("DELETE FROM correction");
        }
        try (DuckDBAppender appender = connection.createAppender("temp", "main", "correction")) {
            for (Object[] c : corrections) {
                appender.beginRow().append((String) c[0]).append((long) (Long) c[1]).endRow();
            }
        }
        try (Statement s = connection.createStatement()) {
            // each version is superseded by the first correction or retraction recorded after it
            s.execute("""
                    UPDATE %1$s v SET superseded_pos = n.next_pos
                    FROM (SELECT o.recorded_pos, c.fact_key, min(c.position) AS next_pos
                          FROM %1$s o JOIN correction c ON c.fact_key = (%2$s) AND c.position > o.recorded_pos
                          WHERE o.superseded_pos IS NULL
                          GROUP BY o.recorded_pos, c.fact_key) n
                    WHERE v.recorded_pos = n.recorded_pos AND (%2$s) = n.fact_key""".formatted(versioned.table, versioned.key));
            s.execute("DELETE FROM correction");
        }
    }

    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        switch (value) {
            case null -> appender.appendNull();
            case String v -> appender.append(v);
            case Long v -> appender.append((long) v);
            case Integer v -> appender.append((int) v);
            case Short v -> appender.append((short) v);
            case Boolean v -> appender.append((boolean) v);
            case Double v -> appender.append((double) v);
            case LocalDate v -> appender.append(v);
            case Instant v -> appender.append(LocalDateTime.ofInstant(v, ZoneOffset.UTC));
            case SmallintList v -> {
                if (v.nulls() == null) {
                    appender.append(v.values());
                } else {
                    appender.append(v.values(), v.nulls());
                }
            }
            default -> throw new IllegalArgumentException("cannot append " + value.getClass().getName());
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        closePrepared();
        connection.close();
    }
}
