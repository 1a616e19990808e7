package dk.samspil.ui.app.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.domain.shared.DomainJson;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Backups of the event-store database (events, snapshots, person keys, partner secrets,
 * questionnaire links) as one zip written through plain JDBC, so a backup of H2 restores into
 * PostgreSQL and back. Tables are streamed row by row as JSON lines, never held in memory:
 * {@link BackupWriter} writes them, {@link BackupReader} checks and restores them.
 */
public final class Backups {

    /** Told how far a backup or restore has come; total is -1 when unknown. */
    @FunctionalInterface
    public interface Progress {
        public void at(String phase, long done, long total);
    }

    static final ObjectMapper JSON = DomainJson.newMapper();
    static final int BATCH = 1000;
    static final int FETCH = 1000;

    private Backups() {
    }

    /**
     * Reads a backup's manifest and checks every table file against its row count and SHA-256, without
     * storing anything.
     *
     * @throws BackupRejected naming the file and what is wrong with it
     */
    public static BackupManifest verify(Path file, Progress progress) throws IOException {
        return BackupReader.verify(file, progress);
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }
}
