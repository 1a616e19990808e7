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

    private final DuckDBConnection root;
    private final Path file;

    private ReadModelStore(DuckDBConnection root, Path file) {
        this.root = root;
        this.file = file;
    }

    /** Opens (or creates) the read model in a file; {@code null} keeps it in memory, for tests. */
    public static ReadModelStore open(Path file) throws SQLException {
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
        DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection(url, properties);
        ReadModelStore store = new ReadModelStore(connection, file);
        store.migrate();
        return store;
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
        return root.duplicate();
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
