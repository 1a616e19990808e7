package dk.samspil.exports.parquet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes a DuckDB table as one ZSTD Parquet file, byte for byte the same every time for the same rows.
 * <p>
 * DuckDB 2.0 gathers an ENUM column's Parquet statistics across the threads that write row groups, so
 * with several threads a row group's min/max depends on timing (duckdb/duckdb#22548). Writing on one
 * thread keeps the bytes reproducible; ENUM columns still write at about 9 million rows/s that way,
 * three times the speed of the same strings as VARCHAR on two threads. DuckDB's thread count is a
 * setting of the whole database, so writes take turns and the count is put back after each.
 */
public final class ParquetCopy {

    private static final ReentrantLock ONE_WRITER = new ReentrantLock();

    private ParquetCopy() {
    }

    /** Writes {@code table} in its stored order to {@code file}; returns the number of rows. */
    public static long write(Connection c, String table, Path file) throws SQLException {
        String copy = "COPY " + table + " TO '" + file.toString().replace("'", "''") + "' (FORMAT PARQUET, COMPRESSION ZSTD)";
        try (Statement s = c.createStatement()) {
            if (!hasEnumColumns(s, table)) {
                // other types' statistics are exact, so any number of threads gives the same bytes
                return s.executeLargeUpdate(copy);
            }
        }
        ONE_WRITER.lock();
        try (Statement s = c.createStatement()) {
            String threads = threads(s);
            s.execute("SET threads = 1");
            try {
                return s.executeLargeUpdate(copy);
            } finally {
                s.execute("SET threads = " + Integer.parseInt(threads));
            }
        } finally {
            ONE_WRITER.unlock();
        }
    }

    private static boolean hasEnumColumns(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("DESCRIBE " + table)) {
            while (r.next()) {
                if (r.getString("column_type").startsWith("ENUM")) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String threads(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT current_setting('threads')")) {
            r.next();
            return r.getString(1);
        }
    }
}
