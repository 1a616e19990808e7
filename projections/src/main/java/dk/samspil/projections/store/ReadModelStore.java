package dk.samspil.projections.store;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The DuckDB file that holds the read model. DuckDB allows one process per file, so the
 * application keeps one connection and hands each caller a duplicate of it.
 */
public final class ReadModelStore implements AutoCloseable {

    /**
     * The layout of the tables in schema.sql; raise it with every change that needs a rebuild (8: withheld reasons as data;
     * 12: outcome contributors name their citizen, groups their silo).
     */
    public static final int FORMAT = 12;
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelStore.class);

    /** DuckDB's own default is most of the machine's memory; the read model shares it with the JVM. */
    public static final String DEFAULT_MEMORY = "1GB";

    /** The database callers get duplicates of, and its file (null in memory): one value, so a switch replaces both at once. */
    private record Open(DuckDBConnection root, Path file) {
    }

    private final String memoryLimit;
    private volatile Open database;

    private ReadModelStore(DuckDBConnection root, Path file, String memoryLimit) {
        this.database = new Open(root, file);
        this.memoryLimit = memoryLimit;
    }

    /** Opens (or creates) the read model in a file; {@code null} keeps it in memory, for tests. */
    public static ReadModelStore open(Path file) throws SQLException {
        return open(file, DEFAULT_MEMORY);
    }

    /** @param memoryLimit what DuckDB may hold in memory (it spills beyond), as DuckDB writes it: 512MB, 2GB */
    public static ReadModelStore open(Path file, String memoryLimit) throws SQLException {
        DuckDBConnection connection = connect(file, memoryLimit);
        if (file != null && !current(connection)) {
            connection.close();
            LOG.info("{} holds an older layout of the read model; it is deleted and rebuilt from the events", file);
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
            } catch (java.io.IOException e) {
                throw new SQLException("cannot delete the outdated read model " + file, e);
            }
            connection = connect(file, memoryLimit);
        }
        ReadModelStore store = new ReadModelStore(connection, file, memoryLimit);
        store.migrate();
        return store;
    }

    /** Whether the file is new or holds the layout of schema.sql. */
    private static boolean current(DuckDBConnection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM information_schema.tables WHERE table_name = 'projection_state'),"
                     + " (SELECT count(*) FROM information_schema.tables WHERE table_name = 'read_model_format')")) {
            r.next();
            if (r.getLong(1) == 0) {
                return true;
            }
            if (r.getLong(2) == 0) {
                return false;
            }
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM read_model_format")) {
            return r.next() && r.getInt(1) == FORMAT;
        }
    }

    private static DuckDBConnection connect(Path file, String memoryLimit) throws SQLException {
        String url = "jdbc:duckdb:";
        if (file != null) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (java.io.IOException e) {
                throw new SQLException("cannot create the folder of " + file, e);
            }
            url += file.toAbsolutePath();
        }
        Properties properties = new Properties();
        // the machines this runs on have two cores; more threads only contend
        properties.setProperty("threads", "2");
        properties.setProperty("memory_limit", memoryLimit);
        return (DuckDBConnection) DriverManager.getConnection(url, properties);
    }

    /**
     * Moves to another read-model file, such as one rebuilt beside this one. Callers asking for a
     * connection from now on get the new file; those still working on the old one finish there.
     */
    public synchronized void switchTo(Path next) throws SQLException {
        ReadModelStore fresh = open(next, memoryLimit);
        DuckDBConnection old = database.root();
        database = new Open(fresh.database.root(), next);
        // DuckDB keeps the old database open until its last duplicate closes
        old.close();
    }

    private void migrate() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (String statement : Sql.statements("schema.sql")) {
                s.execute(statement);
            }
            try (PreparedStatement format = c.prepareStatement(Sql.statement("store.sql", "format_recorded"))) {
                format.setInt(1, FORMAT);
                format.execute();
            }
        }
    }

    /** A connection of its own for the caller, who closes it. */
    public DuckDBConnection connection() throws SQLException {
        while (true) {
            DuckDBConnection current = database.root();
            try {
                return current.duplicate();
            } catch (SQLException e) {
                // closed by a switch between reading the field and duplicating it: take the new one
                if (current == database.root()) {
                    throw e;
                }
            }
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    /**
     * Every row of a query, on a connection of its own, with the parameters bound in order.
     *
     * @param failure what the IllegalStateException says if the query fails
     */
    public <T> List<T> query(String sql, String failure, Row<T> row, Object... parameters) {
        try (Connection c = connection()) {
            return query(c, sql, row, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    /** Every row of a query on the caller's connection, with the parameters bound in order. */
    public static <T> List<T> query(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row.read(r));
                }
            }
            return rows;
        }
    }

    /** Where the read model lives, or null when in memory. */
    public Path file() {
        return database.file();
    }

    @Override
    public void close() throws SQLException {
        database.root().close();
    }
}
