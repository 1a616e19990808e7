package dk.samspil.exports;

import com.fasterxml.jackson.databind.SerializationFeature;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.Importance;
import dk.samspil.exports.codebook.Codebook;
import dk.samspil.exports.codebook.CodebookJson;
import dk.samspil.exports.codebook.Columns;
import dk.samspil.exports.codebook.DdiCodebook;
import dk.samspil.exports.codebook.InstrumentVersion;
import dk.samspil.exports.codebook.PartnerReadme;
import dk.samspil.exports.network.NetworkExportWriter;
import dk.samspil.exports.network.RelationNetworks;
import dk.samspil.exports.parquet.ParquetCopy;
import dk.samspil.exports.partner.PartnerSecrets;
import dk.samspil.exports.partner.Pseudonymiser;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.network.RelationshipMapQuery;
import dk.samspil.projections.outcomes.OutcomeMonths;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.units.Scope;
import dk.samspil.projections.units.UnitIndices;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a research export for an academic partner: Parquet files computed at one event-store
 * position, with pseudonyms of the partner's own and a manifest of files, row counts and hashes.
 * The export is built beside the target folder and moved into place whole.
 */
public final class ResearchExporter {

    private static final Logger LOG = LoggerFactory.getLogger(ResearchExporter.class);

    private final ReadModel readModel;
    private final PartnerSecrets secrets;
    private final String software;

    public ResearchExporter(ReadModel readModel, PartnerSecrets secrets, String software) {
        this.readModel = readModel;
        this.secrets = secrets;
        this.software = software;
    }

    /** Told of a complete export before it is moved into place. */
    @FunctionalInterface
    public interface BeforeMove {
        void complete(ExportManifest manifest, Path manifestFile) throws IOException;
    }

    public ExportManifest export(StudyId study, PartnerId partner, Path out, AsOf asOf, ExportOptions options, PartnerAgreement agreement)
            throws IOException {
        return export(study, partner, out, asOf, options, agreement, (manifest, file) -> { });
    }

    /**
     * @param agreement the partner's agreement: named in the manifest; item-level responses only when it allows them
     * @param beforeMove runs once the export is complete, before it appears at {@code out}; if it fails, nothing appears
     * @throws IllegalArgumentException for an unknown study or an output folder that already holds files
     */
    public ExportManifest export(StudyId study, PartnerId partner, Path out, AsOf asOf, ExportOptions options, PartnerAgreement agreement,
                                 BeforeMove beforeMove) throws IOException {
        long position = readModel.positions().resolve(asOf);
        int k = options.k();
        StudySummary summary = readModel.catalog().study(study, new AsOf.Position(Math.max(position, 0)))
                .filter(s -> position >= 0)
                .orElseThrow(() -> new IllegalArgumentException("no study '" + study + "' at position " + position));
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            throw new IllegalArgumentException(target + " already exists and is not an empty folder; choose a new --out");
        }
        Files.createDirectories(target.getParent());
        sweepPartials(target);
        Path building = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
        try {
            List<ExportManifest.ExportedFile> files = new ArrayList<>();
            Pseudonymiser pseudonyms = new Pseudonymiser(secrets.secretOf(partner));
            // every relational instrument's matrix per wave, computed once for relation_cells.parquet and the network files
            Map<InstrumentRef, List<RelationMatrix>> matrices = new LinkedHashMap<>();
            for (InstrumentRef ref : summary.relationalInstruments()) {
                matrices.put(ref, summary.waves().stream().map(w -> readModel.matrices().matrix(study, WaveKey.of(w.key()), ref,
                        new AsOf.Position(position), k)).toList());
            }
            ParquetTimes times = new ParquetTimes();
            try (DuckDBConnection c = readModel.store().connection()) {
                pseudonyms(c, study, position, pseudonyms);
                questionnaires(c, study, position);
                if (agreement.itemLevelMicrodata()) {
                    files.add(copy(c, times, "export_responses.sql", building.resolve("responses.parquet"),
                            List.of(options.coarsenDates()), 0,
                            "item-level responses (long): one row per answered item of each questionnaire valid at the as-of position;"
                                    + " answer null = don't know / not relevant; respondent, case and person ids are partner pseudonyms"));
                }
                files.add(copy(c, times, "export_respondent_scores.sql", building.resolve("respondent_scores.parquet"), List.of(), 0,
                        "respondent scores (measures.md): per questionnaire and target, the mean of the non-missing item scores"));
                files.add(relationCells(c, times, matrices, k, building.resolve("relation_cells.parquet")));
                files.add(unitIndices(c, times, summary, position, k, building.resolve("unit_indices.parquet")));
                files.add(interventions(c, times, summary, position, options, building.resolve("interventions.parquet")));
                files.add(changes(c, times, summary, position, options, building.resolve("org_changes.parquet")));
                files.add(outcomes(c, times, summary, position, k, building.resolve("citizen_outcomes.parquet")));
            } catch (SQLException e) {
                throw new IllegalStateException("export of study " + study + " failed", e);
            }
            // the speed of the Parquet part, the bulk of any large export (a log line: the manifest holds no clock time)
            LOG.info(times.summary(files.size()));
            files.addAll(networks(summary, matrices, position, building));
            Codebook codebook = codebook(summary, partner, position, k, files);
            Map<String, Long> suppressed = new LinkedHashMap<>();
            files.stream().filter(f -> Columns.table(f.name()).isPresent()).forEach(f -> suppressed.put(f.name(), f.suppressed()));
            files.add(document(CodebookJson.write(codebook, building), building,
                    "codebook: every column of every file (type, meaning, unit, allowed values, missing code) and every instrument's items in Danish and English"));
            files.add(document(DdiCodebook.write(codebook, building), building, "the same codebook as DDI-Codebook 2.5 XML"));
            files.add(document(PartnerReadme.write(codebook, suppressed, building), building,
                    "how to open the files in R, Python, DuckDB and Stata, and what was suppressed (Danish and English)"));
            ExportManifest manifest = new ExportManifest(ExportManifest.FORMAT, study.value(), partner.value(), position,
                    recordedAt(position), k, options.datePrecision(), agreement.reference(), agreement.itemLevelMicrodata(), Pseudonymiser.SCHEME,
                    summary.instruments().stream().map(InstrumentRef::toString).toList(), bands(summary), software, files);
            DomainJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(building.resolve("manifest.json").toFile(), manifest);
            beforeMove.complete(manifest, building.resolve("manifest.json"));
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

    /** Every respondent, case and person id of the study, with the partner's pseudonym, in a temporary table the SQL joins. */
    private static void pseudonyms(DuckDBConnection c, StudyId study, long position, Pseudonymiser pseudonyms) throws SQLException {
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
    }

    private ExportManifest.ExportedFile relationCells(DuckDBConnection c, ParquetTimes times, Map<InstrumentRef, List<RelationMatrix>> matrices, int k,
                                                     Path file) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE OR REPLACE TEMP TABLE export_cell (wave VARCHAR, instrument VARCHAR, rater_group VARCHAR,
                        target_group VARCHAR, mean DOUBLE, n INTEGER, band VARCHAR, suppressed BOOLEAN, k INTEGER)""");
        }
        long suppressed = 0;
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_cell")) {
            for (List<RelationMatrix> waves : matrices.values()) {
                for (RelationMatrix matrix : waves) {
                    for (MatrixCell cell : matrix.cells()) {
                        suppressed += cell.suppressed() ? 1 : 0;
                        appender.beginRow().append(matrix.wave().value()).append(matrix.instrument().toString())
                                .append(cell.raterGroup().value()).append(cell.targetGroup().value())
                                .append(cell.mean()).append(cell.n())
                                .append(cell.band() == null ? null : cell.band().key())
                                .append(cell.suppressed()).append(k).endRow();
                    }
                }
            }
        }
        return copy(c, times, "export_relation_cells.sql", file, List.of(), suppressed,
                "relation matrix cells per wave and relational instrument (measures.md); mean and band are empty"
                        + " where n < k (suppressed)");
    }

    private ExportManifest.ExportedFile unitIndices(DuckDBConnection c, ParquetTimes times, StudySummary summary, long position, int k, Path file)
            throws SQLException, IOException {
        temp(c, "export_unit_index (wave VARCHAR, instrument VARCHAR, scope VARCHAR, unit VARCHAR, mean DOUBLE, n INTEGER,"
                + " suppressed BOOLEAN, k INTEGER)");
        long suppressed = 0;
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_unit_index")) {
            for (StudySummary.Wave wave : summary.waves()) {
                for (InstrumentRef instrument : summary.instruments()) {
                    List<Scope> scopes = summary.relationalInstruments().contains(instrument) ? List.of(Scope.values()) : List.of(Scope.ALL);
                    for (Scope scope : scopes) {
                        UnitIndices indices = readModel.units().indices(summary.study(), WaveKey.of(wave.key()), instrument, scope,
                                new AsOf.Position(position), k);
                        for (UnitIndices.UnitIndex unit : indices.units()) {
                            suppressed += unit.suppressed() ? 1 : 0;
                            appender.beginRow().append(wave.key()).append(instrument.toString()).append(scope.key()).append(unit.unit())
                                    .append(unit.mean()).append(unit.n()).append(unit.suppressed()).append(k).endRow();
                        }
                    }
                }
            }
        }
        return copy(c, times, "export_unit_indices.sql", file, List.of(), suppressed,
                "unit indices per wave, instrument and scope (measures.md, Unit index); mean is empty where n < k (suppressed)");
    }

    private ExportManifest.ExportedFile interventions(DuckDBConnection c, ParquetTimes times, StudySummary summary, long position, ExportOptions options,
                                                      Path file) throws SQLException, IOException {
        temp(c, "export_intervention (intervention VARCHAR, type VARCHAR, title VARCHAR, units VARCHAR, target_groups VARCHAR,"
                + " status VARCHAR, started_on DATE, ended_on DATE)");
        Timeline timeline = readModel.timeline().timeline(summary.study(), new AsOf.Position(position));
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_intervention")) {
            for (Timeline.Intervention i : timeline.interventions()) {
                appender.beginRow().append(i.intervention()).append(i.type()).append(i.title()).append(String.join(";", i.units()))
                        .append(String.join(";", i.groups())).append(i.status());
                date(appender, i.startedOn(), options);
                date(appender, i.endedOn(), options);
                appender.endRow();
            }
        }
        return copy(c, times, "export_interventions.sql", file, List.of(), 0,
                "interventions as they stood at the as-of position; units and target_groups are ';'-separated keys");
    }

    private ExportManifest.ExportedFile changes(DuckDBConnection c, ParquetTimes times, StudySummary summary, long position, ExportOptions options, Path file)
            throws SQLException, IOException {
        temp(c, "export_org_change (change VARCHAR, unit VARCHAR, other_unit VARCHAR, effective_on DATE, note VARCHAR)");
        Timeline timeline = readModel.timeline().timeline(summary.study(), new AsOf.Position(position));
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_org_change")) {
            for (Timeline.Change change : timeline.changes()) {
                appender.beginRow().append(change.change()).append(change.unit()).append(change.otherUnit());
                date(appender, change.effectiveOn(), options);
                appender.append(change.note()).endRow();
            }
        }
        return copy(c, times, "export_org_changes.sql", file, List.of(), 0, "organisational changes recorded by the as-of position");
    }

    private ExportManifest.ExportedFile outcomes(DuckDBConnection c, ParquetTimes times, StudySummary summary, long position, int k, Path file)
            throws SQLException, IOException {
        temp(c, "export_outcome (unit VARCHAR, month DATE, outcome VARCHAR, mean DOUBLE, n INTEGER, suppressed BOOLEAN, k INTEGER)");
        long suppressed = 0;
        AsOf at = new AsOf.Position(position);
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_outcome")) {
            for (String outcome : readModel.outcomes().outcomes(summary.study(), at)) {
                for (OutcomeMonths.Month month : readModel.outcomes().monthly(summary.study(), outcome, at, k).months()) {
                    suppressed += month.suppressed() ? 1 : 0;
                    appender.beginRow().append(month.unit()).append(month.month()).append(outcome).append(month.mean())
                            .append(month.n()).append(month.suppressed()).append(k).endRow();
                }
            }
        }
        return copy(c, times, "export_citizen_outcomes.sql", file, List.of(), suppressed,
                "citizen outcomes per unit and calendar month: the mean over the citizens measured that month; empty where n < k");
    }

    /** GraphML, dynamic GEXF, Pajek, UCINET DL and RSiena matrices of every relational instrument's matrices over the waves. */
    private List<ExportManifest.ExportedFile> networks(StudySummary summary, Map<InstrumentRef, List<RelationMatrix>> matrices,
                                                       long position, Path building) throws IOException {
        AsOf at = new AsOf.Position(position);
        Map<RelationNetworks.Relation, Importance> importance = RelationNetworks.importances(
                new RelationshipMapQuery(readModel.store(), readModel.positions()).map(summary.study(), at));
        List<ExportManifest.ExportedFile> files = new ArrayList<>();
        for (Map.Entry<InstrumentRef, List<RelationMatrix>> byInstrument : matrices.entrySet()) {
            InstrumentRef ref = byInstrument.getKey();
            Instrument instrument = readModel.instruments().find(summary.study(), ref).orElseThrow();
            // one relational instrument keeps the plain names; several are told apart by their key
            String prefix = matrices.size() == 1 ? "" : ref.key();
            files.addAll(new NetworkExportWriter().write(RelationNetworks.of(byInstrument.getValue(), summary.groups(), summary.waves(),
                    importance, instrument.bands().between()), building, prefix));
        }
        return files;
    }

    private List<ExportManifest.InstrumentBands> bands(StudySummary summary) {
        return summary.instruments().stream().map(ref -> readModel.instruments().find(summary.study(), ref).orElseThrow())
                .map(i -> new ExportManifest.InstrumentBands(i.ref().toString(), i.bands().within(), i.bands().between())).toList();
    }

    private Codebook codebook(StudySummary summary, PartnerId partner, long position, int k, List<ExportManifest.ExportedFile> files) {
        List<Codebook.DataFile> tables = files.stream().flatMap(f -> Columns.table(f.name()).map(t -> new Codebook.DataFile(t, f.rows())).stream())
                .toList();
        List<InstrumentVersion> instruments = summary.instruments().stream()
                .map(ref -> readModel.instruments().find(summary.study(), ref).orElseThrow()).map(InstrumentVersion::of).toList();
        return new Codebook(Codebook.FORMAT, summary.study().value(), summary.title(), partner.value(), position, recordedAt(position), k,
                Pseudonymiser.SCHEME, tables, instruments);
    }

    private static ExportManifest.ExportedFile document(Path file, Path root, String description) throws IOException {
        return new ExportManifest.ExportedFile(root.relativize(file).toString(), 0, 0, sha256(file), description);
    }

    private static void temp(DuckDBConnection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE " + table);
        }
    }

    private static void date(DuckDBAppender appender, LocalDate date, ExportOptions options) throws SQLException {
        appender.append(date == null ? null : options.coarsenDates() ? date.withDayOfMonth(1) : date);
    }

    /** The questionnaires valid at the position, and ENUM types of the text values the item-level files can hold. */
    private static void questionnaires(DuckDBConnection c, StudyId study, long position) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ExportSql.load("export_questionnaire.sql"))) {
            s.setString(1, study.value());
            s.setLong(2, position);
            s.setLong(3, position);
            s.execute();
        }
        try (Statement s = c.createStatement()) {
            for (String statement : ExportSql.load("export_enums.sql").split(";\\s*\\n")) {
                s.execute(statement);
            }
        }
    }

    /**
     * Runs the query into a sorted temporary table, then writes that table as Parquet: the two are
     * timed apart, so the writing speed is measured on its own.
     */
    private static ExportManifest.ExportedFile copy(DuckDBConnection c, ParquetTimes times, String query, Path file, List<Object> parameters,
                                                    long suppressed, String description) throws SQLException, IOException {
        long started = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement("CREATE OR REPLACE TEMP TABLE export_rows AS " + ExportSql.load(query))) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            s.execute();
        }
        long queried = System.nanoTime();
        long rows;
        // the table keeps the query's order (insertion order is preserved), and COPY writes it in that order
        rows = ParquetCopy.write(c, "export_rows", file);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE export_rows");
        }
        times.add(rows, queried - started, System.nanoTime() - queried);
        LOG.debug(String.format(java.util.Locale.ROOT, "%s: %,d rows, queried and sorted in %.3f s, written in %.3f s", file.getFileName(), rows,
                (queried - started) / 1e9, (System.nanoTime() - queried) / 1e9));
        return new ExportManifest.ExportedFile(file.getFileName().toString(), rows, suppressed, sha256(file), description);
    }

    /** Rows and time of the Parquet files: querying and sorting apart from writing. */
    private static final class ParquetTimes {
        private long rows;
        private long queryNanos;
        private long writeNanos;

        void add(long rows, long queryNanos, long writeNanos) {
            this.rows += rows;
            this.queryNanos += queryNanos;
            this.writeNanos += writeNanos;
        }

        String summary(int files) {
            return String.format(java.util.Locale.ROOT,
                    "Parquet: %,d rows in %d files; queried and sorted in %.3f s, written in %.3f s = %,.0f rows/s written, %,.0f rows/s overall",
                    rows, files, queryNanos / 1e9, writeNanos / 1e9, rows / (writeNanos / 1e9), rows / ((queryNanos + writeNanos) / 1e9));
        }
    }

    private String recordedAt(long position) {
        try (DuckDBConnection c = readModel.store().connection();
             PreparedStatement s = c.prepareStatement("SELECT recorded_at FROM event_log WHERE position = ?")) {
            s.setLong(1, position);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC).toString() : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read when position " + position + " was recorded", e);
        }
    }

    /** The SHA-256 of a file as lowercase hex, as the manifest names it. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }

    /** An export to the same folder that was killed (kill -9, power loss) leaves its unfinished folder beside it. */
    private static void sweepPartials(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".partial-";
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path left : siblings.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)).toList()) {
                deleteTree(left);
            }
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
