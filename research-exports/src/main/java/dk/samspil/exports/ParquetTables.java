package dk.samspil.exports;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.exports.codebook.AttributeColumns;
import dk.samspil.exports.parquet.ParquetCopy;
import dk.samspil.exports.partner.Pseudonymiser;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
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
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Parquet files of an export. Each is a query from an export_*.sql file over the read model and over temporary
 * tables of the figures the projections' queries compute (with their suppression), written in the query's order.
 */
final class ParquetTables {

    private static final Logger LOG = LoggerFactory.getLogger(ParquetTables.class);

    private final ReadModel readModel;
    private final ParquetTimes times = new ParquetTimes();
    private final ParquetTimes labelledTimes = new ParquetTimes();

    ParquetTables(ReadModel readModel) {
        this.readModel = readModel;
    }

    /** Writes every table into the export's folder, in manifest order; item-level responses only when the agreement allows them. */
    List<ExportManifest.ExportedFile> write(ExportRun run, Pseudonymiser pseudonyms) throws IOException {
        List<ExportManifest.ExportedFile> files = new ArrayList<>();
        Path folder = run.folder();
        try (DuckDBConnection c = readModel.store().connection()) {
            pseudonyms(c, run, pseudonyms);
            questionnaires(c, run);
            if (run.agreement().itemLevelMicrodata()) {
                files.addAll(copy(c, run, "export_responses.sql", folder.resolve("responses.parquet"), List.of(run.options().coarsenDates()), 0,
                        "item-level responses (long): one row per answered item of each questionnaire valid at the as-of position;"
                                + " answer null = don't know / not relevant; respondent, case and person ids are partner pseudonyms"));
            }
            // a respondent's score is one person's value: microdata
            if (run.agreement().itemLevelMicrodata()) {
                files.addAll(copy(c, run, "export_respondent_scores.sql", folder.resolve("respondent_scores.parquet"), List.of(), 0,
                        "respondent scores (measures.md): per questionnaire and target, the mean of the non-missing item scores"));
            }
            // a person's background values are microdata as well
            if (run.agreement().itemLevelMicrodata()) {
                files.addAll(attributes(c, run));
            }
            files.addAll(relationCells(c, run, folder.resolve("relation_cells.parquet")));
            files.addAll(unitIndices(c, run, folder.resolve("unit_indices.parquet")));
            files.addAll(interventions(c, run, folder.resolve("interventions.parquet")));
            files.addAll(changes(c, run, folder.resolve("org_changes.parquet")));
            files.addAll(outcomes(c, run, folder.resolve("citizen_outcomes.parquet")));
        } catch (SQLException e) {
            throw new IllegalStateException("export of study " + run.study() + " failed", e);
        }
        return files;
    }

    /** Rows and time of the files written, querying and sorting apart from writing: the bulk of any large export. */
    String speed() {
        return times.summary();
    }

    /** Rows and time of the Stata and SPSS files written beside the Parquet, each file's rows counted once. */
    String labelledSpeed() {
        return labelledTimes.labelledSummary();
    }

    /** Every respondent, case and person id of the study, with the partner's pseudonym, in a temporary table the SQL joins. */
    private static void pseudonyms(DuckDBConnection c, ExportRun run, Pseudonymiser pseudonyms) throws SQLException {
        temp(c, "export_pseudonym (kind VARCHAR, id VARCHAR, pseudonym VARCHAR)");
        List<String[]> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ExportSql.load("export_ids.sql"))) {
            for (int i = 0; i < 4; i++) {
                s.setString(2 * i + 1, run.study().value());
                s.setLong(2 * i + 2, run.position());
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

    /** The questionnaires valid at the position, and ENUM types of the text values the item-level files can hold. */
    private static void questionnaires(DuckDBConnection c, ExportRun run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ExportSql.load("export_questionnaire.sql"))) {
            s.setString(1, run.study().value());
            s.setLong(2, run.position());
            s.setLong(3, run.position());
            s.execute();
        }
        try (Statement s = c.createStatement()) {
            for (String statement : ExportSql.load("export_enums.sql").split(";\\s*\\n")) {
                s.execute(statement);
            }
        }
    }

    /** The respondents' and the citizens' background attributes, wide; each file only when the study defines such attributes. */
    private List<ExportManifest.ExportedFile> attributes(DuckDBConnection c, ExportRun run) throws SQLException, IOException {
        List<ExportManifest.ExportedFile> files = new ArrayList<>();
        List<AttributeSpec> respondents = run.attributes(AttributeSpec.AppliesTo.RESPONDENT);
        if (!respondents.isEmpty()) {
            // keys are [a-z0-9_-]+, so they stand in the SQL as they are
            String columns = respondents.stream().map(a -> ", max(a.value) FILTER (WHERE a.attribute = '" + a.key() + "') AS "
                    + AttributeColumns.column(a)).collect(Collectors.joining());
            files.addAll(copySql(c, run, ExportSql.load("export_respondent_attributes.sql").replace("{columns}", columns),
                    run.folder().resolve(AttributeColumns.RESPONDENTS), List.of(run.study().value(), run.position(), run.position()), 0,
                    "respondents' background attributes per wave, wide: one column per attribute with the value's key"));
        }
        List<AttributeSpec> citizens = run.attributes(AttributeSpec.AppliesTo.CITIZEN);
        if (!citizens.isEmpty()) {
            String columns = citizens.stream().map(a -> ", (SELECT arg_max(v.value, v.valid_from) FROM valid v WHERE v.person = d.person"
                    + " AND v.attribute = '" + a.key() + "' AND v.valid_from < d.until) AS " + AttributeColumns.column(a))
                    .collect(Collectors.joining());
            boolean coarsen = run.options().coarsenDates();
            files.addAll(copySql(c, run, ExportSql.load("export_citizen_attributes.sql").replace("{columns}", columns),
                    run.folder().resolve(AttributeColumns.CITIZENS),
                    List.of(run.study().value(), run.position(), run.position(), coarsen, coarsen), 0,
                    "citizens' background attributes over time: one row per citizen and date a value took effect, one column per attribute"));
        }
        return files;
    }

    private List<ExportManifest.ExportedFile> relationCells(DuckDBConnection c, ExportRun run, Path file) throws SQLException, IOException {
        temp(c, "export_cell (wave VARCHAR, instrument VARCHAR, rater_group VARCHAR, target_group VARCHAR, mean DOUBLE, n INTEGER,"
                + " band VARCHAR, suppressed BOOLEAN, k INTEGER)");
        long suppressed = 0;
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_cell")) {
            for (List<RelationMatrix> waves : run.matrices().values()) {
                for (RelationMatrix matrix : waves) {
                    for (MatrixCell cell : matrix.cells()) {
                        suppressed += cell.suppressed() ? 1 : 0;
                        appender.beginRow().append(matrix.wave().value()).append(matrix.instrument().toString())
                                .append(cell.raterGroup().value()).append(cell.targetGroup().value())
                                .append(cell.mean()).append(cell.n())
                                .append(cell.band() == null ? null : cell.band().key())
                                .append(cell.suppressed()).append(run.k()).endRow();
                    }
                }
            }
        }
        return copy(c, run, "export_relation_cells.sql", file, List.of(), suppressed,
                "relation matrix cells per wave and relational instrument (measures.md); mean and band are empty"
                        + " where n < k (suppressed)");
    }

    private List<ExportManifest.ExportedFile> unitIndices(DuckDBConnection c, ExportRun run, Path file) throws SQLException, IOException {
        temp(c, "export_unit_index (wave VARCHAR, instrument VARCHAR, scope VARCHAR, unit VARCHAR, mean DOUBLE, n INTEGER,"
                + " suppressed BOOLEAN, k INTEGER)");
        StudySummary summary = run.summary();
        long suppressed = 0;
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_unit_index")) {
            for (StudySummary.Wave wave : summary.waves()) {
                for (InstrumentRef instrument : summary.instruments()) {
                    List<Scope> scopes = summary.relationalInstruments().contains(instrument) ? List.of(Scope.values()) : List.of(Scope.ALL);
                    for (Scope scope : scopes) {
                        UnitIndices indices = readModel.units().indices(summary.study(), WaveKey.of(wave.key()), instrument, scope,
                                run.at(), run.gate());
                        for (UnitIndices.UnitIndex unit : indices.units()) {
                            suppressed += unit.suppressed() ? 1 : 0;
                            appender.beginRow().append(wave.key()).append(instrument.toString()).append(scope.key()).append(unit.unit())
                                    .append(unit.mean()).append(unit.n()).append(unit.suppressed()).append(run.k()).endRow();
                        }
                    }
                }
            }
        }
        return copy(c, run, "export_unit_indices.sql", file, List.of(), suppressed,
                "unit indices per wave, instrument and scope (measures.md, Unit index); mean is empty where n < k (suppressed)");
    }

    private List<ExportManifest.ExportedFile> interventions(DuckDBConnection c, ExportRun run, Path file) throws SQLException, IOException {
        temp(c, "export_intervention (intervention VARCHAR, type VARCHAR, title VARCHAR, units VARCHAR, target_groups VARCHAR,"
                + " status VARCHAR, started_on DATE, ended_on DATE)");
        Timeline timeline = readModel.timeline().timeline(run.study(), run.at());
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_intervention")) {
            for (Timeline.Intervention i : timeline.interventions()) {
                appender.beginRow().append(i.intervention()).append(i.type()).append(i.title()).append(String.join(";", i.units()))
                        .append(String.join(";", i.groups())).append(i.status());
                date(appender, i.startedOn(), run.options());
                date(appender, i.endedOn(), run.options());
                appender.endRow();
            }
        }
        return copy(c, run, "export_interventions.sql", file, List.of(), 0,
                "interventions as they stood at the as-of position; units and target_groups are ';'-separated keys");
    }

    private List<ExportManifest.ExportedFile> changes(DuckDBConnection c, ExportRun run, Path file) throws SQLException, IOException {
        temp(c, "export_org_change (change VARCHAR, unit VARCHAR, other_unit VARCHAR, effective_on DATE, note VARCHAR)");
        Timeline timeline = readModel.timeline().timeline(run.study(), run.at());
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_org_change")) {
            for (Timeline.Change change : timeline.changes()) {
                appender.beginRow().append(change.change()).append(change.unit()).append(change.otherUnit());
                date(appender, change.effectiveOn(), run.options());
                appender.append(change.note()).endRow();
            }
        }
        return copy(c, run, "export_org_changes.sql", file, List.of(), 0, "organisational changes recorded by the as-of position");
    }

    private List<ExportManifest.ExportedFile> outcomes(DuckDBConnection c, ExportRun run, Path file) throws SQLException, IOException {
        temp(c, "export_outcome (unit VARCHAR, month DATE, outcome VARCHAR, mean DOUBLE, n INTEGER, suppressed BOOLEAN, k INTEGER)");
        long suppressed = 0;
        try (DuckDBAppender appender = c.createAppender("temp", "main", "export_outcome")) {
            for (String outcome : readModel.outcomes().outcomes(run.study(), run.at())) {
                for (OutcomeMonths.Month month : readModel.outcomes().monthly(run.study(), outcome, run.at(), run.gate()).months()) {
                    suppressed += month.suppressed() ? 1 : 0;
                    appender.beginRow().append(month.unit()).append(month.month()).append(outcome).append(month.mean())
                            .append(month.n()).append(month.suppressed()).append(run.k()).endRow();
                }
            }
        }
        return copy(c, run, "export_citizen_outcomes.sql", file, List.of(), suppressed,
                "citizen outcomes per unit and calendar month: the mean over the citizens measured that month; empty where n < k");
    }

    /**
     * Runs the query into a sorted temporary table, then writes that table as Parquet: the two are
     * timed apart, so the writing speed is measured on its own.
     */
    private List<ExportManifest.ExportedFile> copy(DuckDBConnection c, ExportRun run, String query, Path file, List<Object> parameters, long suppressed,
                                             String description) throws SQLException, IOException {
        return copySql(c, run, ExportSql.load(query), file, parameters, suppressed, description);
    }

    private List<ExportManifest.ExportedFile> copySql(DuckDBConnection c, ExportRun run, String sql, Path file, List<Object> parameters, long suppressed,
                                                String description) throws SQLException, IOException {
        long started = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement("CREATE OR REPLACE TEMP TABLE export_rows AS " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            s.execute();
        }
        long queried = System.nanoTime();
        // the table keeps the query's order (insertion order is preserved), and COPY writes it in that order
        long rows = ParquetCopy.write(c, "export_rows", file);
        long written = System.nanoTime();
        times.add(rows, queried - started, written - queried);
        List<ExportManifest.ExportedFile> files = new ArrayList<>();
        files.add(new ExportManifest.ExportedFile(file.getFileName().toString(), rows, suppressed, ExportedFiles.sha256(file), description));
        // the labelled files read the same sorted table: the same rows in the same order
        files.addAll(LabelledFiles.write(c, "export_rows", run.table(file.getFileName().toString()), rows, suppressed, run));
        labelledTimes.add(rows, 0, System.nanoTime() - written);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE export_rows");
        }
        LOG.debug(String.format(Locale.ROOT, "%s: %,d rows, queried and sorted in %.3f s, written in %.3f s", file.getFileName(), rows,
                (queried - started) / 1e9, (written - queried) / 1e9));
        return files;
    }

    private static void temp(DuckDBConnection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE " + table);
        }
    }

    private static void date(DuckDBAppender appender, LocalDate date, ExportOptions options) throws SQLException {
        appender.append(date == null ? null : options.coarsenDates() ? date.withDayOfMonth(1) : date);
    }

    /** Rows and time of the Parquet files: querying and sorting apart from writing. */
    private static final class ParquetTimes {
        private int files;
        private long rows;
        private long queryNanos;
        private long writeNanos;

        void add(long rows, long queryNanos, long writeNanos) {
            this.files++;
            this.rows += rows;
            this.queryNanos += queryNanos;
            this.writeNanos += writeNanos;
        }

        String summary() {
            return String.format(Locale.ROOT,
                    "Parquet: %,d rows in %d files; queried and sorted in %.3f s, written in %.3f s = %,.0f rows/s written, %,.0f rows/s overall",
                    rows, files, queryNanos / 1e9, writeNanos / 1e9, rows / (writeNanos / 1e9), rows / ((queryNanos + writeNanos) / 1e9));
        }

        String labelledSummary() {
            return String.format(Locale.ROOT, "Stata and SPSS: %,d rows of %d tables, each written to a .dta and a .sav in %.3f s = %,.0f rows/s",
                    rows, files, writeNanos / 1e9, rows / (writeNanos / 1e9));
        }
    }
}
