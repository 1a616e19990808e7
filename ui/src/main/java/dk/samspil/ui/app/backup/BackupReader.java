package dk.samspil.ui.app.backup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.samspil.ui.app.backup.BackupTables.Column;
import dk.samspil.ui.app.backup.BackupTables.Table;
import dk.samspil.ui.app.backup.Backups.Progress;
import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Reads a backup: checks it against its manifest, and stores it whole into an empty event store. */
final class BackupReader {

    private BackupReader() {
    }

    /**
     * Reads a backup's manifest and checks every table file against its row count and SHA-256, without
     * storing anything.
     *
     * @throws BackupRejected naming the file and what is wrong with it
     */
    static BackupManifest verify(Path file, Progress progress) throws IOException {
        try (ZipFile zip = open(file)) {
            BackupManifest manifest = manifest(zip, file);
            long total = manifest.tables().stream().mapToLong(BackupManifest.TableFile::rows).sum();
            long done = 0;
            for (BackupManifest.TableFile table : manifest.tables()) {
                ZipEntry entry = zip.getEntry(table.file());
                if (entry == null) {
                    throw new BackupRejected(file, "it lacks " + table.file() + ", which its manifest names");
                }
                MessageDigest sha = Backups.sha256();
                long rows = 0;
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(new DigestInputStream(zip.getInputStream(entry), sha),
                        StandardCharsets.UTF_8))) {
                    while (lines.readLine() != null) {
                        rows++;
                        if (++done % 10_000 == 0) {
                            progress.at("verifying the backup", done, total);
                        }
                    }
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                if (!hash.equals(table.sha256())) {
                    throw new BackupRejected(file, table.file() + " is damaged: its SHA-256 is " + hash + ", the manifest says " + table.sha256());
                }
                if (rows != table.rows()) {
                    throw new BackupRejected(file, table.file() + " holds " + rows + " rows, the manifest says " + table.rows());
                }
            }
            progress.at("verifying the backup", total, total);
            return manifest;
        } catch (ZipException e) {
            throw new BackupRejected(file, "it is damaged (" + e.getMessage() + ")");
        }
    }

    /**
     * Verifies the backup, then stores all of it in one transaction into an event store that must be empty:
     * a failure at any point stores nothing.
     *
     * @throws BackupRejected when the file is not a sound backup
     * @throws IllegalArgumentException when the event store already holds something
     */
    static BackupManifest restore(Path file, DataSource dataSource, Progress progress) throws IOException, SQLException {
        BackupManifest manifest = verify(file, progress);
        try (ZipFile zip = open(file); Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (Table table : BackupTables.ALL) {
                long present = Backups.single(c, "SELECT count(*) FROM " + table.name());
                if (present > 0) {
                    throw new IllegalArgumentException("the event store to restore into is not empty (" + table.name() + " holds "
                            + present + " rows); restore only into a new data folder and an empty database");
                }
            }
            long total = manifest.tables().stream().mapToLong(BackupManifest.TableFile::rows).sum();
            long[] done = {0};
            for (Table table : BackupTables.of(manifest.version())) {
                try (InputStream in = zip.getInputStream(zip.getEntry(table.file()))) {
                    insert(c, table, manifest.version(), in, file, () -> {
                        if (++done[0] % Backups.BATCH == 0) {
                            progress.at("restoring", done[0], total);
                        }
                    });
                }
            }
            continueIdentity(c, manifest.eventPosition());
            c.commit();
            progress.at("restoring", total, total);
        }
        return manifest;
    }

    /** The rows of a backup of this format version: the columns it holds; those added later stay empty. */
    private static void insert(Connection c, Table table, int version, InputStream in, Path file, Runnable row)
            throws IOException, SQLException {
        List<BackupTables.Column> columns = table.columns(version);
        String marks = String.join(", ", columns.stream().map(col -> "?").toList());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table.name() + " (" + table.columnList(version) + ") VALUES (" + marks + ")");
             JsonParser json = Backups.JSON.getFactory().createParser(in)) {
            int pending = 0;
            long line = 0;
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                line++;
                if (token != JsonToken.START_ARRAY) {
                    throw new BackupRejected(file, table.file() + " line " + line + " is not a row (a JSON array)");
                }
                for (int i = 0; i < columns.size(); i++) {
                    readValue(json, s, i + 1, columns.get(i), file, table, line);
                }
                if (json.nextToken() != JsonToken.END_ARRAY) {
                    throw new BackupRejected(file, table.file() + " line " + line + " has more than " + columns.size() + " values");
                }
                s.addBatch();
                row.run();
                if (++pending == Backups.BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            s.executeBatch();
        }
    }

    private static void readValue(JsonParser json, PreparedStatement s, int index, Column column, Path file, Table table, long line)
            throws IOException, SQLException {
        JsonToken token = json.nextToken();
        if (token == JsonToken.END_ARRAY) {
            throw new BackupRejected(file, table.file() + " line " + line + " lacks " + column.name());
        }
        if (token == JsonToken.VALUE_NULL) {
            s.setNull(index, switch (column.kind()) {
                case LONG -> Types.BIGINT;
                case INT -> Types.INTEGER;
                case TEXT -> Types.VARCHAR;
                case BOOLEAN -> Types.BOOLEAN;
                case BYTES -> Types.VARBINARY;
                case TIME -> Types.TIMESTAMP_WITH_TIMEZONE;
                case DATE -> Types.DATE;
            });
            return;
        }
        switch (column.kind()) {
            case LONG -> s.setLong(index, json.getLongValue());
            case INT -> s.setInt(index, json.getIntValue());
            case TEXT -> s.setString(index, json.getText());
            case BOOLEAN -> s.setBoolean(index, json.getBooleanValue());
            case BYTES -> s.setBytes(index, Base64.getDecoder().decode(json.getText()));
            case TIME -> s.setObject(index, OffsetDateTime.parse(json.getText()));
            case DATE -> s.setObject(index, java.time.LocalDate.parse(json.getText()));
        }
    }

    /** New events continue after the restored ones, whose positions were stored explicitly. */
    private static void continueIdentity(Connection c, long newest) throws SQLException {
        if (newest < 1) {
            return;
        }
        try (Statement s = c.createStatement()) {
            switch (c.getMetaData().getDatabaseProductName()) {
                case "H2" -> s.execute("ALTER TABLE " + BackupTables.EVENTS + " ALTER COLUMN globalIndex RESTART WITH " + (newest + 1));
                case "PostgreSQL" -> s.execute("SELECT setval(pg_get_serial_sequence('domainevententry', 'globalindex'), " + newest + ")");
                default -> throw new IllegalStateException("the event store runs on H2 or PostgreSQL");
            }
        }
    }

    private static BackupManifest manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.FILE);
        if (entry == null) {
            throw new BackupRejected(file, "it has no " + BackupManifest.FILE + ", so it is not a Samspil backup");
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = Backups.JSON.readValue(in, BackupManifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BackupRejected(file, "its " + BackupManifest.FILE + " cannot be read: " + e.getOriginalMessage());
        }
        if (!BackupManifest.FORMAT.equals(manifest.format())) {
            throw new BackupRejected(file, "its format is '" + manifest.format() + "', not " + BackupManifest.FORMAT);
        }
        if (manifest.version() < 1 || manifest.version() > BackupManifest.VERSION) {
            throw new BackupRejected(file, "it is version " + manifest.version() + " of the backup format; this Samspil reads versions 1 to "
                    + BackupManifest.VERSION);
        }
        List<Table> tables = BackupTables.of(manifest.version());
        List<String> expected = tables.stream().map(Table::name).toList();
        List<String> named = manifest.tables() == null ? List.of() : manifest.tables().stream().map(BackupManifest.TableFile::name).toList();
        if (!named.equals(expected)) {
            throw new BackupRejected(file, "its manifest names the tables " + named + ", a version-" + manifest.version()
                    + " backup has " + expected);
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!tables.get(i).file().equals(manifest.tables().get(i).file())) {
                throw new BackupRejected(file, "its manifest puts " + expected.get(i) + " in " + manifest.tables().get(i).file()
                        + ", not " + tables.get(i).file());
            }
        }
        return manifest;
    }

    private static ZipFile open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BackupRejected(file, "there is no such file");
        }
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BackupRejected(file, "it is not a zip file, so not a Samspil backup");
        }
    }

}
