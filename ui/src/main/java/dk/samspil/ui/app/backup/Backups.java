package dk.samspil.ui.app.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.ui.app.backup.BackupTables.Column;
import dk.samspil.ui.app.backup.BackupTables.Table;

import javax.sql.DataSource;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Backs up the event-store database (events, snapshots, person keys, partner secrets,
 * questionnaire links) to one zip through plain JDBC, so a backup of H2 restores into
 * PostgreSQL and back. Tables are streamed row by row as JSON lines, never held in memory.
 */
public final class Backups {

    /** Told how far a backup or restore has come; total is -1 when unknown. */
    @FunctionalInterface
    public interface Progress {
        public void at(String phase, long done, long total);
    }

    private static final ObjectMapper JSON = DomainJson.newMapper();
    private static final int BATCH = 1000;
    private static final int FETCH = 1000;

    private Backups() {
    }

    /**
     * Writes the store as it stands at one moment into {@code file} (a file that does not exist yet):
     * every table is read in one read-only snapshot transaction, and the zip appears only when complete.
     */
    public static BackupManifest write(DataSource dataSource, Path file, Progress progress) throws IOException, SQLException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " already exists; give a new file to back up into");
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".partial");
        try {
            BackupManifest manifest;
            try (Connection c = dataSource.getConnection()) {
                String database = c.getMetaData().getDatabaseProductName();
                snapshot(c, database);
                try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
                    // the newest event at the start bounds the history, also on a database without snapshot reads
                    long head = single(c, "SELECT coalesce(max(globalIndex), -1) FROM " + BackupTables.EVENTS);
                    List<BackupManifest.TableFile> files = new ArrayList<>();
                    for (Table table : BackupTables.ALL) {
                        files.add(writeTable(c, table, head, zip, progress));
                    }
                    manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.VERSION, Instant.now().toString(), database, head, files);
                    zip.putNextEntry(new ZipEntry(BackupManifest.FILE));
                    JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new Unclosed(zip), manifest);
                    zip.closeEntry();
                }
                c.commit();
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Reads a backup's manifest and checks every table file against its row count and SHA-256, without
     * storing anything.
     *
     * @throws BackupRejected naming the file and what is wrong with it
     */
    public static BackupManifest verify(Path file, Progress progress) throws IOException {
        try (ZipFile zip = open(file)) {
            BackupManifest manifest = manifest(zip, file);
            long total = manifest.tables().stream().mapToLong(BackupManifest.TableFile::rows).sum();
            long done = 0;
            for (BackupManifest.TableFile table : manifest.tables()) {
                ZipEntry entry = zip.getEntry(table.file());
                if (entry == null) {
                    throw new BackupRejected(file, "it lacks " + table.file() + ", which its manifest names");
                }
                MessageDigest sha = sha256();
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
    public static BackupManifest restore(Path file, DataSource dataSource, Progress progress) throws IOException, SQLException {
        BackupManifest manifest = verify(file, progress);
        try (ZipFile zip = open(file); Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (Table table : BackupTables.ALL) {
                long present = single(c, "SELECT count(*) FROM " + table.name());
                if (present > 0) {
                    throw new IllegalArgumentException("the event store to restore into is not empty (" + table.name() + " holds "
                            + present + " rows); restore only into a new data folder and an empty database");
                }
            }
            long total = manifest.tables().stream().mapToLong(BackupManifest.TableFile::rows).sum();
            long[] done = {0};
            for (Table table : BackupTables.ALL) {
                try (InputStream in = zip.getInputStream(zip.getEntry(table.file()))) {
                    insert(c, table, in, file, () -> {
                        if (++done[0] % BATCH == 0) {
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

    private static BackupManifest.TableFile writeTable(Connection c, Table table, long head, ZipOutputStream zip, Progress progress)
            throws SQLException, IOException {
        zip.putNextEntry(new ZipEntry(table.file()));
        MessageDigest sha = sha256();
        long rows = 0;
        boolean events = table.name().equals(BackupTables.EVENTS);
        String sql = "SELECT " + table.columnList() + " FROM " + table.name() + (events ? " WHERE globalIndex <= ?" : "")
                + " ORDER BY " + table.order();
        try (PreparedStatement s = c.prepareStatement(sql);
             JsonGenerator json = JSON.getFactory().createGenerator(new DigestOutputStream(new Unclosed(zip), sha))) {
            json.setRootValueSeparator(null);
            s.setFetchSize(FETCH);
            if (events) {
                s.setLong(1, head);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    json.writeStartArray();
                    for (int i = 0; i < table.columns().size(); i++) {
                        writeValue(json, r, i + 1, table.columns().get(i));
                    }
                    json.writeEndArray();
                    json.writeRaw('\n');
                    if (++rows % 10_000 == 0) {
                        progress.at("backing up " + table.name(), rows, events ? head : -1);
                    }
                }
            }
        }
        zip.closeEntry();
        return new BackupManifest.TableFile(table.name(), table.file(), rows, HexFormat.of().formatHex(sha.digest()));
    }

    private static void writeValue(JsonGenerator json, ResultSet r, int index, Column column) throws SQLException, IOException {
        switch (column.kind()) {
            case LONG -> {
                long value = r.getLong(index);
                if (r.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case INT -> {
                int value = r.getInt(index);
                if (r.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case TEXT -> json.writeString(r.getString(index));
            case BOOLEAN -> {
                boolean value = r.getBoolean(index);
                if (r.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeBoolean(value);
                }
            }
            case BYTES -> {
                byte[] value = r.getBytes(index);
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeString(Base64.getEncoder().encodeToString(value));
                }
            }
            case TIME -> {
                OffsetDateTime value = r.getObject(index, OffsetDateTime.class);
                json.writeString(value == null ? null : value.toString());
            }
        }
    }

    private static void insert(Connection c, Table table, InputStream in, Path file, Runnable row) throws IOException, SQLException {
        String marks = String.join(", ", table.columns().stream().map(col -> "?").toList());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table.name() + " (" + table.columnList() + ") VALUES (" + marks + ")");
             JsonParser json = JSON.getFactory().createParser(in)) {
            int pending = 0;
            long line = 0;
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                line++;
                if (token != JsonToken.START_ARRAY) {
                    throw new BackupRejected(file, table.file() + " line " + line + " is not a row (a JSON array)");
                }
                for (int i = 0; i < table.columns().size(); i++) {
                    readValue(json, s, i + 1, table.columns().get(i), file, table, line);
                }
                if (json.nextToken() != JsonToken.END_ARRAY) {
                    throw new BackupRejected(file, table.file() + " line " + line + " has more than " + table.columns().size() + " values");
                }
                s.addBatch();
                row.run();
                if (++pending == BATCH) {
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

    /** One read-only transaction that sees the whole database as it stood when it began. */
    private static void snapshot(Connection c, String database) throws SQLException {
        c.setAutoCommit(false);
        c.setReadOnly(true);
        if (database.equals("H2")) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
        } else {
            // PostgreSQL's repeatable read is a snapshot of the whole database
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
    }

    private static BackupManifest manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.FILE);
        if (entry == null) {
            throw new BackupRejected(file, "it has no " + BackupManifest.FILE + ", so it is not a Samspil backup");
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = JSON.readValue(in, BackupManifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BackupRejected(file, "its " + BackupManifest.FILE + " cannot be read: " + e.getOriginalMessage());
        }
        if (!BackupManifest.FORMAT.equals(manifest.format())) {
            throw new BackupRejected(file, "its format is '" + manifest.format() + "', not " + BackupManifest.FORMAT);
        }
        if (manifest.version() != BackupManifest.VERSION) {
            throw new BackupRejected(file, "it is version " + manifest.version() + " of the backup format; this Samspil reads version "
                    + BackupManifest.VERSION);
        }
        List<String> expected = BackupTables.ALL.stream().map(Table::name).toList();
        List<String> named = manifest.tables() == null ? List.of() : manifest.tables().stream().map(BackupManifest.TableFile::name).toList();
        if (!named.equals(expected)) {
            throw new BackupRejected(file, "its manifest names the tables " + named + ", a version-" + BackupManifest.VERSION
                    + " backup has " + expected);
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!BackupTables.ALL.get(i).file().equals(manifest.tables().get(i).file())) {
                throw new BackupRejected(file, "its manifest puts " + expected.get(i) + " in " + manifest.tables().get(i).file()
                        + ", not " + BackupTables.ALL.get(i).file());
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

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }

    /** Lets a writer finish without closing the zip entry's stream under it. */
    private static final class Unclosed extends FilterOutputStream {
        public Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
