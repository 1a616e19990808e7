package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The analyses on the mini sample, through ./samspil analyze, against the independent reference. */
class AnalysesAcceptanceTest {

    private static final double TOLERANCE = 1e-6;

    @TempDir
    static Path data;

    @BeforeAll
    static void importMini() {
        Cli.Result imported = Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "elasticity_lead_rk_w0, w0, leadership@1, rk@1", "elasticity_lead_rk_w1, w1, leadership@1, rk@1",
            "elasticity_lead_rk_w2, w2, leadership@1, rk@1", "elasticity_lead_rk_w3, w3, leadership@1, rk@1",
            "elasticity_rk_cit_w0, w0, rk@1, citizen@1", "elasticity_rk_cit_w1, w1, rk@1, citizen@1",
            "elasticity_rk_cit_w2, w2, rk@1, citizen@1", "elasticity_rk_cit_w3, w3, rk@1, citizen@1"})
    void elasticity_equals_the_reference(String key, String wave, String x, String y) throws IOException {
        JsonNode result = json("analyze", "elasticity", "--study", "mini", "--wave", wave, "--x", x, "--y", y);
        JsonNode expected = reference().get(key);

        for (String field : List.of("slope", "se", "ci_low", "ci_high", "r2", "pct_for_10pct")) {
            assertThat(result.get(field).asDouble()).as(field).isCloseTo(expected.get(field).asDouble(), within(TOLERANCE));
        }
        assertThat(result.get("n").asInt()).isEqualTo(expected.get("n").asInt());
        assertThat(result.get("units_used")).hasSize(expected.get("n").asInt());
        assertThat(result.get("k").asInt()).isEqualTo(5);
        assertThat(result.get("as_of_position").asLong()).isEqualTo(MiniSampleAcceptanceTest.MINI_EVENTS);
        assertThat(result.get("instruments").toString()).isEqualTo("[\"" + x + "\",\"" + y + "\"]");
        assertThat(result.get("method").asText()).contains("OLS of ln(y) on ln(x)");
    }

    @Test
    void difference_in_differences_equals_the_reference() throws IOException {
        JsonNode result = json("analyze", "effect", "--study", "mini", "--type", "handleteam", "--outcome", "rk@1", "--scope", "between");
        JsonNode expected = reference().get("did_handleteam_rk_between");

        for (String field : List.of("estimate", "se", "ci_low", "ci_high")) {
            assertThat(result.get(field).asDouble()).as(field).isCloseTo(expected.get(field).asDouble(), within(TOLERANCE));
        }
        for (String field : List.of("n_obs", "clusters", "n_treated")) {
            assertThat(result.get(field).asInt()).as(field).isEqualTo(expected.get(field).asInt());
        }
        assertThat(result.get("scope").asText()).isEqualTo("between");
        assertThat(result.get("treated_units").findValuesAsText("unit")).containsExactly("d04", "d05", "d06");
        // every treated unit starts between w1 and w2, so relative waves run from -2 to 1
        assertThat(result.get("event_time").findValuesAsText("relative_wave")).containsExactly("-2", "-1", "0", "1");
        assertThat(result.get("panel")).hasSize(expected.get("n_obs").asInt());
        assertThat(result.get("caution").isNull()).as("three treated and three untreated units").isTrue();
    }

    @Test
    void the_default_scope_of_a_relational_outcome_is_between() throws IOException {
        JsonNode result = json("analyze", "effect", "--study", "mini", "--type", "handleteam");
        assertThat(result.get("scope").asText()).isEqualTo("between");
        assertThat(result.get("estimate").asDouble()).isCloseTo(reference().get("did_handleteam_rk_between").get("estimate").asDouble(), within(TOLERANCE));
    }

    /** The mini relationship map rates six relations high; the reference matrix says which of them are weak. */
    @Test
    void weak_important_relations_are_the_high_map_relations_whose_cell_is_not_high() throws IOException {
        JsonNode result = json("analyze", "relations", "--study", "mini", "--wave", "w0");
        Map<String, JsonNode> cells = new HashMap<>();
        reference().get("matrix_w0").forEach(c -> cells.put(c.get("rater_group").asText() + ">" + c.get("target_group").asText(), c));
        Set<String> important = Set.of("skole>familie", "skole>ppr", "familie>skole", "familie>ppr", "ppr>skole", "ppr>familie");

        List<String> expected = important.stream().filter(r -> !cells.get(r).get("band").asText().equals("high"))
                .sorted((a, b) -> {
                    JsonNode ca = cells.get(a);
                    JsonNode cb = cells.get(b);
                    int band = Boolean.compare(!ca.get("band").asText().equals("low"), !cb.get("band").asText().equals("low"));
                    return band != 0 ? band : Double.compare(ca.get("mean").asDouble(), cb.get("mean").asDouble());
                }).toList();
        List<String> listed = new ArrayList<>();
        result.get("weak_important").forEach(w -> listed.add(w.get("rater_group").asText() + ">" + w.get("target_group").asText()));
        assertThat(expected).as("the sample has weak important relations to find").isNotEmpty();
        assertThat(listed).containsExactlyElementsOf(expected);
        assertThat(result.get("weak_important").get(0).get("rank").asInt()).isEqualTo(1);

        JsonNode pair = null;
        for (JsonNode p : result.get("asymmetry")) {
            if (p.get("group_a").asText().equals("familie") && p.get("group_b").asText().equals("skole")) {
                pair = p;
            }
        }
        assertThat(pair).isNotNull();
        assertThat(pair.get("difference").asDouble()).isCloseTo(cells.get("familie>skole").get("mean").asDouble()
                - cells.get("skole>familie").get("mean").asDouble(), within(1e-9));
        assertThat(result.get("asymmetry")).hasSize(8 * 7 / 2);
    }

    /** Recomputes each start's pre/post comparison from outcomes.csv: 18 months before the start month, and from it. */
    @Test
    void outcome_shifts_compare_the_citizen_values_before_and_after_each_start() throws IOException {
        JsonNode result = json("analyze", "outcomes", "--study", "mini", "--outcome", "age_at_family_relief_start", "--type", "handleteam");
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(Cli.sample("mini").resolve("outcomes.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(result.get("starts").findValuesAsText("intervention")).containsExactly("ht-d04", "ht-d05", "ht-d06");
        assertThat(result.get("window_months").asInt()).isEqualTo(18);
        for (JsonNode start : result.get("starts")) {
            String unit = start.get("units").get(0).asText();
            LocalDate month = LocalDate.parse(start.get("started_on").asText()).withDayOfMonth(1);
            double[] pre = citizenMonths(rows, unit, month.minusMonths(18), month);
            double[] post = citizenMonths(rows, unit, month, month.plusMonths(18));
            JsonNode pooled = start.get("pooled");
            assertThat(pooled.get("pre_n").asInt()).isEqualTo(pre.length).isPositive();
            assertThat(pooled.get("post_n").asInt()).isEqualTo(post.length).isPositive();
            double difference = mean(post) - mean(pre);
            double a = variance(pre) / pre.length;
            double b = variance(post) / post.length;
            double se = Math.sqrt(a + b);
            double df = (a + b) * (a + b) / (a * a / (pre.length - 1) + b * b / (post.length - 1));
            double t = new TDistribution(df).inverseCumulativeProbability(0.975);
            assertThat(pooled.get("difference").asDouble()).isCloseTo(difference, within(1e-9));
            assertThat(pooled.get("se").asDouble()).isCloseTo(se, within(1e-9));
            assertThat(pooled.get("ci_low").asDouble()).isCloseTo(difference - t * se, within(1e-9));
        }
        assertThat(result.get("series")).isNotEmpty();
    }

    @Test
    void analyses_as_of_an_earlier_position_use_only_what_was_recorded_by_then() throws IOException {
        // position 1000 lies among the w0/w1 questionnaires: w3 holds nothing yet
        JsonNode early = json("analyze", "elasticity", "--study", "mini", "--wave", "w3", "--x", "leadership@1", "--y", "rk@1", "--as-of", "1000");
        assertThat(early.get("as_of_position").asLong()).isEqualTo(1000);
        assertThat(early.get("n").asInt()).isZero();
        assertThat(early.get("slope").isNull()).isTrue();
        assertThat(early.get("note").asText()).contains("at least 3 units");
    }

    @Test
    void bad_analysis_input_is_refused_with_what_would_be_accepted() {
        Cli.Result type = Cli.run("analyze", "effect", "--data", data.toString(), "--study", "mini", "--type", "kaffeklub");
        assertThat(type.exit()).isEqualTo(1);
        assertThat(type.err()).contains("intervention type is one of raadgivende_team, handleteam");

        Cli.Result notStarted = Cli.run("analyze", "effect", "--data", data.toString(), "--study", "mini", "--type", "temadag");
        assertThat(notStarted.exit()).isEqualTo(1);
        assertThat(notStarted.err()).contains("no started intervention of type 'temadag'").contains("handleteam");

        Cli.Result instrument = Cli.run("analyze", "elasticity", "--data", data.toString(), "--study", "mini", "--wave", "w0",
                "--x", "trivsel@1", "--y", "rk@1");
        assertThat(instrument.exit()).isEqualTo(1);
        assertThat(instrument.err()).contains("does not use trivsel@1").contains("citizen@1, leadership@1, rk@1");

        Cli.Result scope = Cli.run("analyze", "effect", "--data", data.toString(), "--study", "mini", "--type", "handleteam",
                "--outcome", "leadership@1", "--scope", "between");
        assertThat(scope.exit()).isEqualTo(1);
        assertThat(scope.err()).contains("leadership@1 does not rate groups");
    }

    @Test
    void text_output_names_method_position_and_k() {
        Cli.Result text = Cli.run("analyze", "elasticity", "--data", data.toString(), "--study", "mini", "--wave", "w0",
                "--x", "leadership@1", "--y", "rk@1");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("as of position " + MiniSampleAcceptanceTest.MINI_EVENTS).contains("k = 5")
                .contains("0.6731").contains("Units used").contains("Units excluded (0)");
    }

    /** Recomputes the timeline's half-years of one unit from outcomes.csv: the mean over citizen-months, n its citizens. */
    @Test
    void outcome_periods_are_the_mean_over_the_citizen_months_of_each_period_and_refuse_a_length_they_do_not_know() throws IOException {
        JsonNode result = json("report", "outcomes", "--study", "mini", "--outcome", "age_at_family_relief_start", "--period", "half-year",
                "--unit", "d04");
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(Cli.sample("mini").resolve("outcomes.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(result.get("length").asText()).isEqualTo("half-year");
        assertThat(result.get("periods")).isNotEmpty();
        for (JsonNode period : result.get("periods")) {
            assertThat(period.get("unit").asText()).isEqualTo("d04");
            LocalDate from = LocalDate.parse(period.get("from").asText());
            long citizens = rows.stream().filter(r -> r.get("unit").equals("d04")).filter(r -> {
                LocalDate day = LocalDate.parse(r.get("measured_on"));
                return !day.isBefore(from) && day.isBefore(from.plusMonths(6));
            }).map(r -> r.get("citizen")).distinct().count();
            assertThat(period.get("figure").get("n").asLong()).as("citizens from %s", from).isEqualTo(citizens);
            if (citizens >= 5) {
                assertThat(period.get("figure").get("mean").asDouble()).as("mean from %s", from)
                        .isCloseTo(mean(citizenMonths(rows, "d04", from, from.plusMonths(6))), org.assertj.core.data.Offset.offset(1e-9));
            } else {
                assertThat(period.get("figure").get("mean").isNull()).as("withheld from %s", from).isTrue();
            }
        }
        Cli.Result month = Cli.run("report", "outcomes", "--data", data.toString(), "--study", "mini", "--outcome",
                "age_at_family_relief_start", "--period", "month");
        assertThat(month.exit()).isEqualTo(1);
        assertThat(month.err()).contains("--period is quarter, half-year or year, was 'month'");
    }

    private static double[] citizenMonths(List<CSVRecord> rows, String unit, LocalDate from, LocalDate to) {
        Map<String, List<Double>> byCitizenMonth = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            LocalDate month = LocalDate.parse(row.get("measured_on")).withDayOfMonth(1);
            if (row.get("unit").equals(unit) && !month.isBefore(from) && month.isBefore(to)) {
                byCitizenMonth.computeIfAbsent(row.get("citizen") + "|" + month, c -> new ArrayList<>()).add(Double.parseDouble(row.get("value")));
            }
        }
        return byCitizenMonth.values().stream().mapToDouble(v -> v.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).toArray();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return sum / (values.length - 1);
    }

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString(), "--format", "json"));
        Cli.Result result = Cli.run(all.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isZero();
        return DomainJson.mapper().readTree(result.out());
    }

    private static JsonNode reference() throws IOException {
        try (InputStream in = Cli.class.getResourceAsStream("/samples/mini-reference.json")) {
            return DomainJson.mapper().readTree(in);
        }
    }
}
