package dk.samspil.ui.cli;

import dk.samspil.domain.shared.DomainJson;
import dk.samspil.exports.codebook.Columns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Research exports a partner can trust: reproducible to the byte at a position whatever was recorded
 * later, free of the bundle's ids, without any aggregate below k, and reading back as the read model.
 */
class ResearchExportTest {

    private static final Set<String> AGGREGATES = Set.of("relation_cells.parquet", "unit_indices.parquet", "citizen_outcomes.parquet");

    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void importMini() {
        data = dir.resolve("data");
        Cli.Result imported = Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Cli.Result agreed = Cli.run("partner", "agree", "--data", data.toString(), "--partner", "aau", "--agreement", "AAU-DSA-2026-01",
                "--microdata");
        assertThat(agreed.exit()).as(agreed.err()).isZero();
    }

    @Test
    void a_partner_without_an_agreement_gets_nothing_and_one_without_microdata_gets_no_item_level_responses() throws Exception {
        Cli.Result refused = Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "sdu", "--out",
                dir.resolve("exports").resolve("sdu").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("partner sdu has no recorded data-sharing agreement").contains("./samspil partner agree");
        assertThat(dir.resolve("exports").resolve("sdu")).doesNotExist();

        assertThat(Cli.run("partner", "agree", "--data", data.toString(), "--partner", "ku", "--agreement", "KU-2026-7").exit()).isZero();
        Path ku = dir.resolve("exports").resolve("ku");
        // without microdata, released figures only: nothing is released yet
        Cli.Result unreleased = Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "ku", "--out", ku.toString());
        assertThat(unreleased.exit()).isEqualTo(1);
        assertThat(unreleased.err()).contains("agreement KU-2026-7 allows no item-level microdata").contains("./samspil release");
        assertThat(ku).doesNotExist();

        Cli.Result released = Cli.run("release", "--data", data.toString(), "--study", "mini", "--wave", "w0");
        assertThat(released.exit()).as(released.err()).isZero();
        long point = Long.parseLong(released.out().replaceAll("(?s).*release point at position (\\d+).*", "$1"));
        Cli.Result export = Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "ku", "--out", ku.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("at position " + point + " ").contains("released aggregates only");
        assertThat(ku.resolve("responses.parquet")).doesNotExist();
        assertThat(ku.resolve("respondent_scores.parquet")).as("one person's score").doesNotExist();
        var manifest = DomainJson.mapper().readTree(ku.resolve("manifest.json").toFile());
        assertThat(manifest.get("agreement").asText()).isEqualTo("KU-2026-7");
        assertThat(manifest.get("item_level_microdata").asBoolean()).isFalse();
        assertThat(manifest.get("as_of_position").asLong()).as("the release point").isEqualTo(point);
        assertThat(manifest.get("files").findValuesAsText("name")).doesNotContain("responses.parquet", "respondent_scores.parquet");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            String cells = ku.resolve("relation_cells.parquet").toString();
            assertThat(count(s, "SELECT * FROM '%s' WHERE wave <> 'w0' AND mean IS NOT NULL".formatted(cells))).as("unreleased waves").isZero();
            assertThat(count(s, "SELECT * FROM '%s' WHERE wave = 'w0' AND mean IS NOT NULL".formatted(cells))).as("released").isPositive();
            assertThat(count(s, "SELECT * FROM '%s' WHERE wave <> 'w0' AND mean IS NOT NULL".formatted(ku.resolve("unit_indices.parquet"))))
                    .isZero();
        }
    }

    /**
     * An agreement names the studies it covers and its last day: an export of another study, or after that day, is refused
     * with the reason and writes nothing; one within them names its terms in the manifest and the codebooks, and an
     * agreement without terms says that it covers every study with no end.
     */
    @Test
    void an_agreement_with_studies_and_an_end_refuses_an_export_outside_them_and_the_export_names_its_terms() throws Exception {
        Path out = dir.resolve("exports").resolve("dst");
        Cli.Result badDate = Cli.run("partner", "agree", "--data", data.toString(), "--partner", "dst", "--agreement", "DST-1",
                "--until", "31-12-2027");
        assertThat(badDate.exit()).isEqualTo(1);
        assertThat(badDate.err()).contains("--until must be a date YYYY-MM-DD, was '31-12-2027'");

        Cli.ok(Cli.run("partner", "agree", "--data", data.toString(), "--partner", "dst", "--agreement", "DST-1", "--microdata",
                "--studies", "andet,tredje"));
        Cli.Result otherStudy = Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "dst", "--out", out.toString());
        assertThat(otherStudy.exit()).isEqualTo(1);
        assertThat(otherStudy.err()).contains("agreement DST-1 of partner dst covers study andet, tredje, with no end, not study mini;"
                + " nothing was exported");
        assertThat(out).doesNotExist();

        Cli.ok(Cli.run("partner", "agree", "--data", data.toString(), "--partner", "dst", "--agreement", "DST-2", "--microdata",
                "--studies", "mini", "--until", "2020-06-30"));
        Cli.Result ended = Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "dst", "--out", out.toString());
        assertThat(ended.exit()).isEqualTo(1);
        assertThat(ended.err()).contains("agreement DST-2 of partner dst ended on 2020-06-30").contains("nothing was exported");
        assertThat(out).doesNotExist();

        Cli.Result agreed = Cli.ok(Cli.run("partner", "agree", "--data", data.toString(), "--partner", "dst", "--agreement", "DST-3",
                "--microdata", "--studies", "mini", "--until", "2099-12-31"));
        assertThat(agreed.out()).contains("covers study mini, until 2099-12-31 inclusive");
        Cli.ok(Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "dst", "--out", out.toString()));
        var manifest = DomainJson.mapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("agreement").asText()).isEqualTo("DST-3");
        assertThat(manifest.get("agreement_studies").toString()).isEqualTo("[\"mini\"]");
        assertThat(manifest.get("agreement_until").asText()).isEqualTo("2099-12-31");
        assertThat(manifest.get("agreement_terms").asText()).isEqualTo("covers study mini, until 2099-12-31 inclusive");
        assertThat(DomainJson.mapper().readTree(out.resolve("codebook.json").toFile()).get("agreement").asText())
                .isEqualTo("DST-3 (covers study mini, until 2099-12-31 inclusive)");
        assertThat(Files.readString(out.resolve("codebook.xml"))).contains("under agreement DST-3 (covers study mini, until 2099-12-31 inclusive)");

        var everyStudy = DomainJson.mapper().readTree(export("every-study").resolve("manifest.json").toFile());
        assertThat(everyStudy.get("agreement_studies").isNull()).isTrue();
        assertThat(everyStudy.get("agreement_until").isNull()).isTrue();
        assertThat(everyStudy.get("agreement_terms").asText()).isEqualTo("covers every study, with no end");
    }

    @Test
    void an_export_at_a_position_is_the_same_bytes_after_a_correction_and_the_new_one_differs_only_there() throws Exception {
        long first = MiniSampleAcceptanceTest.MINI_EVENTS;
        Path before = export("before", "--as-of", Long.toString(first));

        Path changed = CorrectionImportTest.copyWithChangedScores(Cli.sample("mini"), dir.resolve("changed"), Set.of("p00001"));
        assertThat(Cli.run("--data", data.toString(), "import", changed.toString()).out()).contains("1 corrected");

        Path again = export("again", "--as-of", Long.toString(first));
        for (Path file : files(before)) {
            assertThat(Files.readAllBytes(again.resolve(before.relativize(file)))).as("%s", before.relativize(file))
                    .isEqualTo(Files.readAllBytes(file));
        }
        Path latest = export("latest");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            String removed = "SELECT * EXCLUDE (recorded_position) FROM '%s' EXCEPT SELECT * EXCLUDE (recorded_position) FROM '%s'";
            // the corrected questionnaire is the only difference: one answer of one respondent, item by item the same otherwise
            assertThat(count(s, removed.formatted(before.resolve("responses.parquet"), latest.resolve("responses.parquet")))).isEqualTo(1);
            assertThat(count(s, removed.formatted(latest.resolve("responses.parquet"), before.resolve("responses.parquet")))).isEqualTo(1);
            assertThat(count(s, ("SELECT * FROM '%s' EXCEPT SELECT * FROM '%s'").formatted(latest.resolve("interventions.parquet"),
                    before.resolve("interventions.parquet")))).isZero();
        }
    }

    @Test
    void every_file_reads_back_as_the_read_model_without_raw_ids_or_small_aggregates() throws Exception {
        Path export = export("check", "--as-of", Long.toString(MiniSampleAcceptanceTest.MINI_EVENTS), "--coarsen-dates");
        Set<String> raw = rawIds();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            for (Path file : files(export)) {
                String name = file.getFileName().toString();
                if (name.endsWith(".parquet")) {
                    // the codebook describes each file as written: every column by name, order and type
                    assertThat(described(s, file)).as("%s against its codebook entry", name).containsExactlyElementsOf(
                            Columns.table(name).orElseThrow().columns().stream().map(c -> c.name() + " " + c.type()).toList());
                    assertThat(values(s, file).stream().filter(raw::contains).distinct()).as("%s holds a raw id", name).isEmpty();
                    if (AGGREGATES.contains(name)) {
                        assertThat(count(s, "SELECT * FROM '%s' WHERE n < k AND (mean IS NOT NULL OR NOT suppressed)".formatted(file)))
                                .as("aggregates below k in %s", name).isZero();
                    }
                } else {
                    // Latin-1 reads any bytes, so the binary Stata and SPSS files are searched too
                    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                    // a raw id as a whole value, not as a run of hex digits inside a pseudonym (c00778 in r-…ac00778…)
                    assertThat(wholeValues(text).filter(raw::contains).distinct()).as("%s holds a raw id", name).isEmpty();
                }
            }
            assertThat(count(s, "SELECT * FROM '%s'".formatted(export.resolve("interventions.parquet")))).isEqualTo(3);
            assertThat(count(s, "SELECT * FROM '%s' WHERE started_on <> DATE '2023-10-01'".formatted(export.resolve("interventions.parquet"))))
                    .as("dates cut to the month").isZero();
            assertThat(count(s, "SELECT * FROM '%s' WHERE day(collected_on) <> 1".formatted(export.resolve("responses.parquet")))).isZero();
            assertThat(count(s, "SELECT * FROM '%s'".formatted(export.resolve("org_changes.parquet")))).isEqualTo(2);
            assertThat(count(s, "SELECT * FROM '%s'".formatted(export.resolve("citizen_outcomes.parquet")))).isEqualTo(6 * 4);
            // respondent scores recomputed from the exported item rows
            assertThat(count(s, """
                    SELECT wave, instrument, respondent, target, avg(score) AS score FROM '%s' WHERE score IS NOT NULL
                    GROUP BY ALL EXCEPT SELECT wave, instrument, respondent, target, score FROM '%s'""".formatted(
                    export.resolve("responses.parquet"), export.resolve("respondent_scores.parquet")))).isZero();
            // relation cells equal the matrix report of the read model, wave by wave
            for (String wave : List.of("w0", "w1", "w2", "w3")) {
                Cli.Result matrix = Cli.run("report", "matrix", "--data", data.toString(), "--study", "mini", "--wave", wave,
                        "--as-of", Long.toString(MiniSampleAcceptanceTest.MINI_EVENTS), "--format", "json");
                var cells = DomainJson.mapper().readTree(matrix.out()).get("cells");
                assertThat(count(s, "SELECT * FROM '%s' WHERE wave = '%s' AND instrument = 'rk@1'".formatted(
                        export.resolve("relation_cells.parquet"), wave))).isEqualTo(cells.size());
                for (var cell : cells) {
                    try (ResultSet r = s.executeQuery(("SELECT mean, n, band, suppressed FROM '%s' WHERE wave = '%s' AND instrument = 'rk@1'"
                            + " AND rater_group = '%s' AND target_group = '%s'").formatted(export.resolve("relation_cells.parquet"), wave,
                            cell.get("rater_group").asText(), cell.get("target_group").asText()))) {
                        assertThat(r.next()).as("cell %s in %s", cell, wave).isTrue();
                        assertThat(r.getInt(2)).isEqualTo(cell.get("n").asInt());
                        assertThat(r.getBoolean(4)).isEqualTo(cell.get("suppressed").asBoolean());
                        if (!cell.get("suppressed").asBoolean()) {
                            assertThat(r.getDouble(1)).isEqualTo(cell.get("mean").asDouble());
                            assertThat(r.getString(3)).isEqualTo(cell.get("band").asText());
                        }
                    }
                }
            }
            // unit indices equal the units report of the read model
            Cli.Result units = Cli.run("report", "units", "--data", data.toString(), "--study", "mini", "--wave", "w2",
                    "--instrument", "rk@1", "--scope", "between", "--as-of", Long.toString(MiniSampleAcceptanceTest.MINI_EVENTS), "--format", "json");
            var reported = DomainJson.mapper().readTree(units.out()).get("units");
            for (var unit : reported) {
                try (ResultSet r = s.executeQuery(("SELECT mean, n FROM '%s' WHERE wave = 'w2' AND instrument = 'rk@1' AND scope = 'between' "
                        + "AND unit = '%s'").formatted(export.resolve("unit_indices.parquet"), unit.get("unit").asText()))) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getDouble(1)).isEqualTo(unit.get("mean").asDouble());
                    assertThat(r.getInt(2)).isEqualTo(unit.get("n").asInt());
                }
            }
        }
        var manifest = DomainJson.mapper().readTree(export.resolve("manifest.json").toFile());
        assertThat(manifest.get("files").findValuesAsText("name")).contains("codebook.json", "codebook.xml", "README.md",
                "network/relations_w0.graphml", "network/relations.gexf", "network/relations_w3.net", "network/relations.dl",
                "network/rsiena_w0.csv", "network/rsiena_groups.csv");
        for (var file : manifest.get("files")) {
            Path written = export.resolve(file.get("name").asText());
            assertThat(file.get("sha256").asText()).as("%s", written).isEqualTo(sha256(written));
        }
        String readme = Files.readString(export.resolve("README.md"));
        assertThat(readme).contains("relation_cells.parquet").contains("read_parquet");
        assertThat(manifest.get("date_precision").asText()).isEqualTo("month");
        // the thresholds the bands were classified with (measures.md's defaults for rk@1)
        var rk = java.util.stream.StreamSupport.stream(manifest.get("bands").spliterator(), false)
                .filter(b -> b.get("instrument").asText().equals("rk@1")).findFirst().orElseThrow();
        assertThat(rk.at("/between/high_above").asDouble()).isEqualTo(4.0);
        assertThat(rk.at("/between/middle_from").asDouble()).isEqualTo(3.5);
        assertThat(rk.at("/within/high_above").asDouble()).isEqualTo(4.5);
        assertThat(manifest.get("files").findValuesAsText("name")).contains("responses.parquet", "respondent_scores.parquet",
                "relation_cells.parquet", "unit_indices.parquet", "interventions.parquet", "org_changes.parquet", "citizen_outcomes.parquet");
    }

    private static Path export(String name, String... extra) {
        Path out = dir.resolve("exports").resolve(name);
        List<String> args = new ArrayList<>(List.of("export", "--data", data.toString(), "--study", "mini", "--partner", "aau",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isZero();
        return out;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Every respondent, citizen and case id of the bundle (the values no export may hold). */
    private static Set<String> rawIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String[] source : List.of(new String[]{"responses.csv", "respondent"}, new String[]{"responses.csv", "case"},
                new String[]{"outcomes.csv", "citizen"})) {
            try (Reader in = Files.newBufferedReader(Cli.sample("mini").resolve(source[0]), StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    if (!row.get(source[1]).isEmpty()) {
                        ids.add(row.get(source[1]));
                    }
                }
            }
        }
        assertThat(ids).hasSizeGreaterThan(200);
        return ids;
    }

    private static List<String> described(Statement s, Path parquet) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM '%s'".formatted(parquet))) {
            while (r.next()) {
                columns.add(r.getString("column_name") + " " + r.getString("column_type"));
            }
        }
        return columns;
    }

    private static List<String> values(Statement s, Path parquet) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT * FROM '%s'".formatted(parquet))) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int c = 1; c <= columns; c++) {
                    String value = r.getString(c);
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    /**
     * Every string that stands as a whole value in the text: not preceded by a letter, digit or '-', not followed by a letter or
     * digit. Runs of letters, digits and '-' are cut before each '-' and at their end, so one pass finds each candidate (a
     * pattern per id over files of megabytes took minutes).
     */
    private static Stream<String> wholeValues(String text) {
        return TOKEN.matcher(text).results().map(java.util.regex.MatchResult::group).flatMap(token -> {
            List<String> prefixes = new ArrayList<>();
            for (int i = token.indexOf('-'); i >= 0; i = token.indexOf('-', i + 1)) {
                prefixes.add(token.substring(0, i));
            }
            prefixes.add(token);
            return prefixes.stream();
        });
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9-]+");

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static long count(Statement s, String query) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM (" + query + ")")) {
            r.next();
            return r.getLong(1);
        }
    }
}
