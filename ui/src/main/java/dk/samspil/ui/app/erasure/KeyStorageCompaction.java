package dk.samspil.ui.app.erasure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rewrites the event-store database after an erasure, so the destroyed key, the person's
 * pseudonym and their questionnaire links do not linger in freed pages of the file. H2 can only
 * do this while nobody else has the database open, so it runs after the application has stopped;
 * PostgreSQL rewrites the tables.
 */
public final class KeyStorageCompaction {

    private KeyStorageCompaction() {
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
