package dk.samspil.projections.store;

import org.duckdb.DuckDBConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The DuckDB file that holds the read model. DuckDB allows one process per file, so the
 * application keeps one connection and hands each caller a duplicate of it.
 */
public final class ReadModelStore implements AutoCloseable {

    private volatile DuckDBConnection root;
    private volatile Path file;

    private ReadModelStore(DuckDBConnection root, Path file) {
        this.root = root;
        this.file = file;
    }

    /** Opens (or creates) the read model in a file; {@code null} keeps it in memory, for tests. */
    public static ReadModelStore open(Path file) throws SQLException {
        ReadModelStore store = new ReadModelStore(connect(file), file);
        store.migrate();
        return store;
    }

    private static DuckDBConnection connect(Path file) throws SQLException {
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
        return (DuckDBConnection) DriverManager.getConnection(url, properties);
    }

    /**
     * Moves to another read-model file, such as one rebuilt beside this one. Callers asking for a
     * connection from now on get the new file; those still working on the old one finish there.
     */
    public synchronized void switchTo(Path next) throws SQLException {
        ReadModelStore fresh = open(next);
        DuckDBConnection old = root;
        root = fresh.root;
        file = next;
        // DuckDB keeps the old database open until its last duplicate closes
        old.close();
    }

    private void migrate() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (String statement : Sql.statements("schema.sql")) {
                s.execute(statement);
            }
        }
    }

    /** A connection of its own for the caller, who closes it. */
    public DuckDBConnection connection() throws SQLException {
        while (true) {
            DuckDBConnection current = root;
            try {
                return current.duplicate();
            } catch (SQLException e) {
                // closed by a switch between reading the field and duplicating it: take the new one
                if (current == root) {
                    throw e;
                }
            }
        }
    }

    /** Where the read model lives, or null when in memory. */
    public Path file() {
        return file;
    }

    @Override
    public void close() throws SQLException {
        root.close();
    }
}
