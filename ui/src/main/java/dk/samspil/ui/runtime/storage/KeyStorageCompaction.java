package dk.samspil.ui.runtime.storage;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rewrites the event-store database after an erasure, so the destroyed key, the person's
 * pseudonym and their questionnaire links do not linger in freed pages of the file. PostgreSQL
 * rewrites the tables at once; an embedded H2 file can only be rewritten while nobody has it open,
 * so the erasure leaves a request in the data folder and the file is rewritten before it is next opened.
 */
public record KeyStorageCompaction(DataSource dataSource, Path root) {

    public static final String MARKER = "compact-event-store";

    /** @return true when the store was rewritten now, false when it will be before it is next opened */
    public boolean request() {
        try (Connection c = dataSource.getConnection()) {
            if (compactRunning(c)) {
                return true;
            }
            Files.writeString(root.resolve(MARKER), "an erasure asked for the event store to be compacted\n");
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compact the event store after an erasure", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** While nothing has the data folder open (before a start, after a command): rewrites the embedded H2 store when an erasure asked. */
    public static void runRequested(Path data) throws SQLException, IOException {
        Path marker = data.resolve(MARKER);
        if (!Files.exists(marker)) {
            return;
        }
        String url = System.getenv("SPRING_DATASOURCE_URL");
        compactStopped(url != null ? url
                : "jdbc:h2:file:" + data.toAbsolutePath().resolve("events").resolve("samspil") + ";DB_CLOSE_ON_EXIT=FALSE", "", "");
        Files.delete(marker);
    }

    /** For an embedded H2 store: opens it alone and shuts it down compacted. Other databases are left as they are. */
    public static boolean compactStopped(String url, String user, String password) throws SQLException {
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(url, user == null ? "" : user, password == null ? "" : password);
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        return true;
    }

    /** For PostgreSQL, while running: VACUUM FULL writes the key and link tables anew and drops their old files. */
    public static boolean compactRunning(Connection c) throws SQLException {
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return false;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM FULL person_key, questionnaire_invitation, questionnaire_draft");
        } finally {
            c.setAutoCommit(auto);
        }
        return true;
    }
}
