package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The walking skeleton's acceptance on the mini sample, through the command line as users run it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MiniSampleAcceptanceTest {

    /** Events the mini bundle records: structure 80, questionnaires 2208, interventions 6, changes 2, milestones 6, outcomes 288. */
    static final long MINI_EVENTS = 80 + 2208 + 6 + 2 + 6 + 288;

    @TempDir
    static Path data;

    private static Cli.Result firstImport;

    @BeforeAll
    static void importMini() {
        firstImport = Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString());
    }

    @Test
    @Order(1)
    void import_stores_every_questionnaire() {
        assertThat(firstImport.exit()).as(firstImport.err()).isZero();
        assertThat(firstImport.out()).contains("study mini: 2208 questionnaires added, 0 corrected, 0 unchanged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"w0", "w3"})
    @Order(2)
    void matrix_matches_the_independent_reference(String wave) throws IOException {
        Cli.Result result = Cli.run("report", "matrix", "--data", data.toString(), "--study", "mini", "--wave", wave, "--format", "json");
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode matrix = DomainJson.mapper().readTree(result.out());
        JsonNode reference = reference().get("matrix_" + wave);

        assertThat(matrix.get("study").asText()).isEqualTo("mini");
        assertThat(matrix.get("wave").asText()).isEqualTo(wave);
        assertThat(matrix.get("instrument").asText()).isEqualTo("rk@1");
        assertThat(matrix.get("k").asInt()).isEqualTo(5);
        assertThat(matrix.get("as_of_position").asLong()).isEqualTo(MINI_EVENTS);
        Map<String, JsonNode> cells = new HashMap<>();
        matrix.get("cells").forEach(c -> cells.put(c.get("rater_group").asText() + ">" + c.get("target_group").asText(), c));
        assertThat(cells).hasSize(reference.size());
        for (JsonNode expected : reference) {
            JsonNode cell = cells.get(expected.get("rater_group").asText() + ">" + expected.get("target_group").asText());
            assertThat(cell).as("cell %s", expected).isNotNull();
            assertThat(cell.get("mean").asDouble()).isCloseTo(expected.get("mean").asDouble(), within(1e-9));
            assertThat(cell.get("n").asInt()).isEqualTo(expected.get("n").asInt());
            assertThat(cell.get("band").asText()).isEqualTo(expected.get("band").asText());
            assertThat(cell.get("suppressed").asBoolean()).isFalse();
        }
    }

    @Test
    @Order(3)
    void importing_the_same_bundle_again_adds_no_events() throws IOException {
        long before = totalEvents();
        Cli.Result again = Cli.run("import", "--data", data.toString(), Cli.sample("mini").toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 questionnaires added, 0 corrected, 2208 unchanged; 0 outcome measurements added, 0 corrected, 288 unchanged; 0 structure facts and 0 intervention, change and milestone facts recorded");
        assertThat(totalEvents()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void log_lists_events_newest_first_with_position_time_type_and_summary() {
        Cli.Result log = Cli.run("log", "--data", data.toString(), "--study", "mini", "--limit", "3");
        assertThat(log.exit()).as(log.err()).isZero();
        assertThat(log.out().lines().skip(1).toList()).hasSize(3).first().asString()
                .matches(" *" + MINI_EVENTS + "  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  2024-07-17  OutcomeMeasured +citizen outcome age_at_family_relief_start measured");
    }

    @Test
    @Order(5)
    void export_writes_parquet_that_reads_back_as_the_read_model(@TempDir Path exports) throws Exception {
        Path out = exports.resolve("aau");
        Cli.Result agreed = Cli.run("partner", "agree", "--data", data.toString(), "--partner", "aau", "--agreement", "AAU-DSA-2026-01",
                "--microdata");
        assertThat(agreed.exit()).as(agreed.err()).isZero();
        Cli.Result export = Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "aau", "--out", out.toString());
        assertThat(export.exit()).as(export.err()).isZero();

        JsonNode manifest = DomainJson.mapper().readTree(out.resolve("manifest.json").toFile());
        // the partner's agreement was recorded just before
        assertThat(manifest.get("as_of_position").asLong()).isEqualTo(MINI_EVENTS + 1);
        assertThat(manifest.get("agreement").asText()).isEqualTo("AAU-DSA-2026-01");
        for (JsonNode file : manifest.get("files")) {
            assertThat(sha256(out.resolve(file.get("name").asText()))).isEqualTo(file.get("sha256").asText());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String responses = "read_parquet('" + out.resolve("responses.parquet") + "')";
            assertThat(single(s, "SELECT count(*) FROM " + responses)).isEqualTo(55_488L);
            assertThat(manifest.get("files").get(0).get("rows").asLong()).isEqualTo(55_488L);
            assertThat(single(s, "SELECT count(*) FROM " + responses + " WHERE answer IS NULL")).isEqualTo(1_388L);
            assertThat(single(s, "SELECT count(DISTINCT respondent) FROM " + responses)).isEqualTo(542L);
            assertThat(single(s, "SELECT count(*) FROM " + responses + " WHERE respondent LIKE 'p0%' OR respondent LIKE 'c0%'"))
                    .as("raw ids never leave the repository").isZero();
            // the same cell as the reference, recomputed by DuckDB from the exported item-level rows
            double skoleFamilie = referenceMean("skole", "familie");
            try (ResultSet r = s.executeQuery("SELECT avg(m) FROM (SELECT avg(score) m FROM " + responses
                    + " WHERE wave = 'w0' AND instrument = 'rk@1' AND respondent_group = 'skole' AND target = 'familie'"
                    + " AND score IS NOT NULL GROUP BY respondent)")) {
                r.next();
                assertThat(r.getDouble(1)).isCloseTo(skoleFamilie, within(1e-9));
            }
            String cells = "read_parquet('" + out.resolve("relation_cells.parquet") + "')";
            assertThat(single(s, "SELECT count(*) FROM " + cells + " WHERE wave = 'w0'")).isEqualTo(64L);
            try (ResultSet r = s.executeQuery("SELECT mean, n, band FROM " + cells
                    + " WHERE wave = 'w0' AND rater_group = 'skole' AND target_group = 'familie'")) {
                r.next();
                assertThat(r.getDouble(1)).isCloseTo(skoleFamilie, within(1e-9));
                assertThat(r.getInt(2)).isEqualTo(30);
                assertThat(r.getString(3)).isEqualTo("low");
            }
        }
    }

    @Test
    @Order(6)
    void replay_rebuilds_the_same_read_model() throws IOException {
        Cli.Result before = Cli.run("report", "matrix", "--data", data.toString(), "--study", "mini", "--wave", "w3", "--format", "csv");
        String recorded = exportsAndAgreements();
        Cli.Result replay = Cli.run("replay", "--data", data.toString());
        assertThat(replay.exit()).as(replay.err()).isZero();
        // the bundle's events, the partner's agreement and the export itself
        assertThat(replay.out()).matches("(?s)replayed 2,592 events \\(2,208 questionnaire versions, .* events/s.*");
        Cli.Result after = Cli.run("report", "matrix", "--data", data.toString(), "--study", "mini", "--wave", "w3", "--format", "csv");
        assertThat(after.out()).isEqualTo(before.out());
        assertThat(exportsAndAgreements()).as("past exports and agreements, once each").isEqualTo(recorded).isEqualTo("1 1");
    }

    private static String exportsAndAgreements() {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("readmodel.duckdb"), readOnly);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM research_export) || ' ' || (SELECT count(*) FROM partner_agreement)")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(7)
    void usage_errors_exit_2_and_unknown_names_exit_1() {
        assertThat(Cli.run("report", "matrix", "--data", data.toString(), "--wave", "w0").exit()).isEqualTo(2);
        Cli.Result unknownWave = Cli.run("report", "matrix", "--data", data.toString(), "--study", "mini", "--wave", "w9");
        assertThat(unknownWave.exit()).isEqualTo(1);
        assertThat(unknownWave.err()).contains("study mini has no wave 'w9' (waves: w0, w1, w2, w3)");
        Cli.Result lowK = Cli.run("report", "matrix", "--data", data.toString(), "--study", "mini", "--wave", "w0", "--k", "2");
        assertThat(lowK.exit()).isEqualTo(1);
        assertThat(lowK.err()).contains("cannot go below");
        Cli.Result beforeHistory = Cli.run("report", "matrix", "--data", data.toString(), "--study", "mini", "--wave", "w0", "--as-of", "2020-01-01");
        assertThat(beforeHistory.exit()).isEqualTo(1);
        assertThat(beforeHistory.err()).contains("nothing had been recorded by --as-of 2020-01-01");
    }

    private static long totalEvents() throws IOException {
        Cli.Result log = Cli.run("log", "--data", data.toString(), "--format", "json", "--limit", "1");
        assertThat(log.exit()).as(log.err()).isZero();
        return DomainJson.mapper().readTree(log.out()).get("total").asLong();
    }

    private static JsonNode reference() throws IOException {
        try (InputStream in = Cli.class.getResourceAsStream("/samples/mini-reference.json")) {
            return DomainJson.mapper().readTree(in);
        }
    }

    private static double referenceMean(String rater, String target) throws IOException {
        for (JsonNode cell : reference().get("matrix_w0")) {
            if (cell.get("rater_group").asText().equals(rater) && cell.get("target_group").asText().equals(target)) {
                return cell.get("mean").asDouble();
            }
        }
        throw new AssertionError("no reference cell " + rater + " -> " + target);
    }

    private static long single(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
