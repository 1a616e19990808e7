package dk.samspil.ui.app.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.samspil.ui.app.backup.BackupTables.Column;
import dk.samspil.ui.app.backup.BackupTables.Table;
import dk.samspil.ui.app.backup.Backups.Progress;
import javax.sql.DataSource;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a backup: every table of the store, read in one snapshot, as JSON lines into one zip with its manifest. */
final class BackupWriter {

    private BackupWriter() {
    }

    /**
     * Writes the store as it stands at one moment into {@code file} (a file that does not exist yet):
     * every table is read in one read-only snapshot transaction, and the zip appears only when complete.
     */
    static BackupManifest write(DataSource dataSource, Path file, Progress progress) throws IOException, SQLException {
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
                    long head = Backups.single(c, "SELECT coalesce(max(globalIndex), -1) FROM " + BackupTables.EVENTS);
                    List<BackupManifest.TableFile> files = new ArrayList<>();
                    for (Table table : BackupTables.ALL) {
                        files.add(writeTable(c, table, head, zip, progress));
                    }
                    manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.VERSION, Instant.now().toString(), database, head, files);
                    zip.putNextEntry(new ZipEntry(BackupManifest.FILE));
                    Backups.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new Unclosed(zip), manifest);
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

    private static BackupManifest.TableFile writeTable(Connection c, Table table, long head, ZipOutputStream zip, Progress progress)
            throws SQLException, IOException {
        zip.putNextEntry(new ZipEntry(table.file()));
        MessageDigest sha = Backups.sha256();
        long rows = 0;
        boolean events = table.name().equals(BackupTables.EVENTS);
        String sql = "SELECT " + table.columnList() + " FROM " + table.name() + (events ? " WHERE globalIndex <= ?" : "")
                + " ORDER BY " + table.order();
        try (PreparedStatement s = c.prepareStatement(sql);
             JsonGenerator json = Backups.JSON.getFactory().createGenerator(new DigestOutputStream(new Unclosed(zip), sha))) {
            json.setRootValueSeparator(null);
            s.setFetchSize(Backups.FETCH);
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
                orNull(json, r, () -> json.writeNumber(value));
            }
            case INT -> {
                int value = r.getInt(index);
                orNull(json, r, () -> json.writeNumber(value));
            }
            case TEXT -> json.writeString(r.getString(index));
            case BOOLEAN -> {
                boolean value = r.getBoolean(index);
                orNull(json, r, () -> json.writeBoolean(value));
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
            case DATE -> {
                java.time.LocalDate value = r.getObject(index, java.time.LocalDate.class);
                json.writeString(value == null ? null : value.toString());
            }
        }
    }

    private interface Written {
        void write() throws IOException;
    }

    /** Writes the value just read, or null when the column was SQL NULL. */
    private static void orNull(JsonGenerator json, ResultSet r, Written value) throws SQLException, IOException {
        if (r.wasNull()) {
            json.writeNull();
        } else {
            value.write();
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
