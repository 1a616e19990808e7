package dk.samspil.exports;

import com.fasterxml.jackson.databind.SerializationFeature;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.exports.partner.PartnerSecrets;
import dk.samspil.exports.partner.Pseudonymiser;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a research export for an academic partner: Parquet files computed at one event-store
 * position, with pseudonyms of the partner's own and a manifest of files, row counts and hashes.
 * The export is built beside the target folder and moved into place whole.
 */
public final class ResearchExporter {

    private final ReadModelStore store;
    private final Positions positions;
    private final StudyCatalog catalog;
    private final RelationMatrixQuery matrices;
    private final PartnerSecrets secrets;
    private final String software;

    public ResearchExporter(ReadModelStore store, Positions positions, StudyCatalog catalog, RelationMatrixQuery matrices,
                            PartnerSecrets secrets, String software) {
        this.store = store;
        this.positions = positions;
        this.catalog = catalog;
        this.matrices = matrices;
        this.secrets = secrets;
        this.software = software;
    }

    /** @throws IllegalArgumentException for an unknown study or an output folder that already holds files */
    public ExportManifest export(StudyId study, PartnerId partner, Path out, AsOf asOf, int k) throws IOException {
        long position = positions.resolve(asOf);
        StudySummary summary = catalog.study(study, new AsOf.Position(Math.max(position, 0)))
                .filter(s -> position >= 0)
                .orElseThrow(() -> new IllegalArgumentException("no study '" + study + "' at position " + position));
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            throw new IllegalArgumentException(target + " already exists and is not an empty folder; choose a new --out");
        }
        Files.createDirectories(target.getParent());
        Path building = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
        try {
            List<ExportManifest.ExportedFile> files = new ArrayList<>();
            Pseudonymiser pseudonyms = new Pseudonymiser(secrets.secretOf(partner));
            try (DuckDBConnection c = store.connection()) {
                files.add(responses(c, study, position, pseudonyms, building.resolve("responses.parquet")));
                files.add(relationCells(c, summary, position, k, building.resolve("relation_cells.parquet")));
            } catch (SQLException e) {
                throw new IllegalStateException("export of study " + study + " failed", e);
            }
            ExportManifest manifest = new ExportManifest(ExportManifest.FORMAT, study.value(), partner.value(), position,
                    recordedAt(position), k, Pseudonymiser.SCHEME,
                    summary.instruments().stream().map(InstrumentRef::toString).toList(), software, files);
            DomainJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(building.resolve("manifest.json").toFile(), manifest);
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            if (Files.exists(building)) {
                deleteTree(building);
            }
        }
    }

    private ExportManifest.ExportedFile responses(DuckDBConnection c, StudyId study, long position, Pseudonymiser pseudonyms,
                                                  Path file) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE export_pseudonym (kind VARCHAR, id VARCHAR, pseudonym VARCHAR)");
        }
        List<String[]> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT DISTINCT 'r', respondent FROM submission WHERE study = ? AND recorded_pos <= ?
                UNION SELECT DISTINCT 'c', r.case_id FROM score_row r WHERE r.study = ? AND r.recorded_pos <= ? AND r.case_id IS NOT NULL
                UNION SELECT DISTINCT 'p', r.target FROM score_row r WHERE r.study = ? AND r.recorded_pos <= ? AND r.target_kind = 'person'""")) {
            for (int i = 0; i < 3; i++) {
                s.setString(2 * i + 1, study.value());
                s.setLong(2 * i + 2, position);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(new String[]{r.getString(1), r.getString(2)});
                }
            }
        }
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_pseudonym")) {
            for (String[] id : ids) {
                appender.beginRow().append(id[0]).append(id[1]).append(pseudonyms.pseudonym(id[0], id[1])).endRow();
            }
        }
        return copy(c, "export_responses.sql", file, List.of(study.value(), position, position),
                "item-level responses (long): one row per answered item of each questionnaire valid at the as-of position;"
                        + " answer null = don't know / not relevant; respondent, case and person ids are partner pseudonyms");
    }

    private ExportManifest.ExportedFile relationCells(DuckDBConnection c, StudySummary summary, long position, int k, Path file)
            throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE OR REPLACE TEMP TABLE export_cell (wave VARCHAR, instrument VARCHAR, rater_group VARCHAR,
                        target_group VARCHAR, mean DOUBLE, n INTEGER, band VARCHAR, suppressed BOOLEAN, k INTEGER)""");
        }
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_cell")) {
            for (StudySummary.Wave wave : summary.waves()) {
                for (InstrumentRef instrument : summary.relationalInstruments()) {
                    RelationMatrix matrix = matrices.matrix(summary.study(), WaveKey.of(wave.key()), instrument,
                            new AsOf.Position(position), k);
                    for (MatrixCell cell : matrix.cells()) {
                        appender.beginRow().append(wave.key()).append(instrument.toString())
                                .append(cell.raterGroup().value()).append(cell.targetGroup().value())
                                .append(cell.mean()).append(cell.n())
                                .append(cell.band() == null ? null : cell.band().key())
                                .append(cell.suppressed()).append(k).endRow();
                    }
                }
            }
        }
        return copy(c, "export_relation_cells.sql", file, List.of(),
                "relation matrix cells per wave and relational instrument (measures.md); mean and band are empty"
                        + " where n < k (suppressed)");
    }

    private ExportManifest.ExportedFile copy(DuckDBConnection c, String query, Path file, List<Object> parameters,
                                             String description) throws SQLException, IOException {
        String select = ExportSql.load(query);
        long rows;
        try (PreparedStatement s = c.prepareStatement("COPY (" + select + ") TO '" + file.toString().replace("'", "''")
                + "' (FORMAT PARQUET, COMPRESSION ZSTD)")) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            rows = s.executeLargeUpdate();
        }
        return new ExportManifest.ExportedFile(file.getFileName().toString(), rows, sha256(file), description);
    }

    private String recordedAt(long position) {
        try (DuckDBConnection c = store.connection();
             PreparedStatement s = c.prepareStatement("SELECT recorded_at FROM event_log WHERE position = ?")) {
            s.setLong(1, position);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC).toString() : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read when position " + position + " was recorded", e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
