package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 20's breakdowns: the mini sample with a leader/staff attribute per respondent and wave, its unit
 * indices for everyone and each subgroup against an independent computation from the bundle's CSV files,
 * and a release that decides the subgroups beside the totals.
 */
class BreakdownTest {

    private static final int K = 5;

    @TempDir
    static Path dir;

    static Path data;
    static Path bundle;

    @BeforeAll
    static void importWithAttributes() throws IOException {
        data = dir.resolve("data");
        bundle = AttributesImportTest.mini(dir.resolve("bundle"));
        Files.writeString(bundle.resolve("respondent_attributes.csv"), attributes(bundle.resolve("responses.csv")));
        Files.writeString(bundle.resolve("citizen_attributes.csv"), citizenAttributes(bundle.resolve("outcomes.csv")));
        Cli.ok(Cli.run("--data", data.toString(), "import", bundle.toString()));
    }

    /**
     * The professionals (who answer rk@1): in unit d0X of wave w1 the first X+2 respondents are leaders and all but the last of the others staff (the last
     * states nothing, so counts in the total only); in w0 the first ten of each unit lead: the rater's value is per wave.
     */
    static String attributes(Path responses) throws IOException {
        Map<String, Map<String, TreeSet<String>>> respondents = new TreeMap<>();
        for (String[] row : rows(responses)) {
            if (!row[5].equals("rk@1")) {
                continue; // the citizens' own questionnaire
            }
            respondents.computeIfAbsent(row[0], w -> new TreeMap<>()).computeIfAbsent(row[4], u -> new TreeSet<>()).add(row[2]);
        }
        StringBuilder csv = new StringBuilder("wave,respondent,attribute,value\r\n");
        respondents.forEach((wave, units) -> units.forEach((unit, people) -> {
            int leaders = wave.equals("w1") ? Integer.parseInt(unit.substring(1)) + 2 : 10;
            List<String> ordered = new ArrayList<>(people);
            for (int i = 0; i < ordered.size() - 1; i++) {
                csv.append(wave).append(',').append(ordered.get(i)).append(",stilling,").append(i < leaders ? "leder" : "medarbejder").append("\r\n");
            }
        }));
        return csv.toString();
    }

    /** Every third citizen has few resources from 2022 on, the others many; every fourth (from the second) has few from mid-2023. */
    static String citizenAttributes(Path outcomes) throws IOException {
        List<String> citizens = rows(outcomes).stream().map(r -> r[1]).distinct().sorted().toList();
        StringBuilder csv = new StringBuilder("citizen,attribute,value,valid_from\r\n");
        for (int i = 0; i < citizens.size(); i++) {
            csv.append(citizens.get(i)).append(",ressourcer,").append(i % 3 == 0 ? "faa" : "mange").append(",2022-01-01\r\n");
            if (i % 4 == 1) {
                csv.append(citizens.get(i)).append(",ressourcer,faa,2023-06-01\r\n");
            }
        }
        return csv.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"all", "between"})
    void each_subgroups_unit_indices_equal_an_independent_computation_from_the_bundle(String scope) throws IOException {
        JsonNode json = json("report", "units", "--wave", "w1", "--instrument", "rk@1", "--scope", scope, "--by", "stilling");
        assertThat(json.get("by").asText()).isEqualTo("stilling");
        Map<String, Map<String, List<Double>>> expected = expected("rk@1", scope);
        assertUnits(json.get("units"), expected.get(null), "everyone");
        assertThat(json.get("groups")).hasSize(2);
        assertThat(json.get("groups").get(0).get("value").asText()).isEqualTo("leder");
        assertThat(json.get("groups").get(0).get("label").get("en").asText()).isEqualTo("Leader");
        for (JsonNode group : json.get("groups")) {
            assertThat(group.get("wave").asText()).isEqualTo("w1");
            assertUnits(group.get("units"), expected.get(group.get("value").asText()), group.get("value").asText());
        }
        // a leader subgroup of 3 and 4 is withheld, one of 5 or more shown
        assertThat(json.get("groups").get(0).get("units").get(0).get("suppressed").asBoolean()).isTrue();
        assertThat(json.get("groups").get(0).get("units").get(5).get("mean").isNull()).isFalse();

        Cli.Result csv = Cli.ok(Cli.run("report", "units", "--data", data.toString(), "--study", "mini", "--wave", "w1", "--instrument", "rk@1",
                "--scope", scope, "--by", "stilling", "--format", "csv"));
        assertThat(csv.out().lines().toList()).first().isEqualTo("stilling,unit,mean,n,suppressed");
        assertThat(csv.out().lines().filter(l -> l.startsWith("leder,d01,"))).singleElement().asString().endsWith(",3,true");
        assertThat(csv.out().lines().filter(l -> l.startsWith("(all),"))).hasSize(6);
    }

    private static void assertUnits(JsonNode units, Map<String, List<Double>> expected, String subgroup) {
        assertThat(units).as(subgroup).hasSize(expected.size());
        for (JsonNode unit : units) {
            List<Double> means = expected.get(unit.get("unit").asText());
            assertThat(unit.get("n").asInt()).as(subgroup + " " + unit).isEqualTo(means.size());
            if (means.size() < K) {
                assertThat(unit.get("suppressed").asBoolean()).as(subgroup + " " + unit).isTrue();
                assertThat(unit.get("mean").isNull()).as(subgroup + " " + unit).isTrue();
            } else {
                assertThat(unit.get("mean").asDouble()).as(subgroup + " " + unit)
                        .isCloseTo(means.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(1e-9));
            }
        }
    }

    /** Subgroup (null: everyone) to unit to its respondents' means, from responses.csv and respondent_attributes.csv alone. */
    private static Map<String, Map<String, List<Double>>> expected(String instrument, String scope) throws IOException {
        return expected("w1", instrument, scope);
    }

    private static Map<String, Map<String, List<Double>>> expected(String wave, String instrument, String scope) throws IOException {
        Map<String, String> value = values(wave);
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, String> unitOf = new HashMap<>();
        for (String[] row : rows(bundle.resolve("responses.csv"))) {
            boolean between = row[6].startsWith("group:") && !row[6].substring("group:".length()).equals(row[3]);
            if (!row[0].equals(wave) || !row[5].equals(instrument) || row[9].isEmpty() || (scope.equals("between") && !between)) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(row[2], r -> new double[2]);
            sum[0] += Double.parseDouble(row[9]);
            sum[1]++;
            unitOf.put(row[2], row[4]);
        }
        // everyone (the null key) and the respondent's own subgroup, when they stated one
        Map<String, Map<String, List<Double>>> expected = new HashMap<>();
        sums.forEach((respondent, sum) -> {
            List<String> subgroups = value.containsKey(respondent) ? java.util.Arrays.asList(null, value.get(respondent))
                    : java.util.Collections.singletonList(null);
            for (String subgroup : subgroups) {
                expected.computeIfAbsent(subgroup, x -> new TreeMap<>()).computeIfAbsent(unitOf.get(respondent), u -> new ArrayList<>())
                        .add(sum[0] / sum[1]);
            }
        });
        return expected;
    }

    @Test
    void each_subgroups_relation_matrix_equals_an_independent_computation_from_the_bundle() throws IOException {
        JsonNode json = json("report", "matrix", "--wave", "w1", "--by", "stilling");
        Map<String, String> value = values("w1");
        // respondent and rated group to their sum and count of scores, from responses.csv
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, String> raterGroup = new HashMap<>();
        for (String[] row : rows(bundle.resolve("responses.csv"))) {
            if (row[0].equals("w1") && row[5].equals("rk@1") && row[6].startsWith("group:") && !row[3].isEmpty() && !row[9].isEmpty()) {
                double[] sum = sums.computeIfAbsent(row[2] + " " + row[6].substring("group:".length()), x -> new double[2]);
                sum[0] += Double.parseDouble(row[9]);
                sum[1]++;
                raterGroup.put(row[2], row[3]);
            }
        }
        for (String subgroup : java.util.Arrays.asList(null, "leder", "medarbejder")) {
            Map<String, List<Double>> cells = new TreeMap<>();
            sums.forEach((key, sum) -> {
                String respondent = key.split(" ")[0];
                if (subgroup == null || subgroup.equals(value.get(respondent))) {
                    cells.computeIfAbsent(raterGroup.get(respondent) + ">" + key.split(" ")[1], c -> new ArrayList<>()).add(sum[0] / sum[1]);
                }
            });
            JsonNode matrix = subgroup == null ? json : json.get("groups").get(subgroup.equals("leder") ? 0 : 1);
            assertThat(matrix.get("cells")).as(subgroup).hasSize(cells.size());
            for (JsonNode cell : matrix.get("cells")) {
                List<Double> means = cells.get(cell.get("rater_group").asText() + ">" + cell.get("target_group").asText());
                assertThat(cell.get("n").asInt()).as(subgroup + " " + cell).isEqualTo(means.size());
                if (means.size() < K) {
                    assertThat(cell.get("mean").isNull()).as(subgroup + " " + cell).isTrue();
                } else {
                    assertThat(cell.get("mean").asDouble()).as(subgroup + " " + cell)
                            .isCloseTo(means.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(1e-9));
                }
            }
        }
        Cli.Result text = Cli.ok(Cli.run("report", "matrix", "--data", data.toString(), "--study", "mini", "--wave", "w1", "--by", "stilling"));
        assertThat(text.out()).contains("Everyone\n", "stilling = leder (Leader)\n", "stilling = medarbejder (Staff)\n");
    }

    @Test
    void each_subgroups_item_profile_equals_an_independent_computation_from_the_bundle() throws IOException {
        JsonNode json = json("report", "profile", "--wave", "w1", "--by", "stilling");
        Map<String, String> value = values("w1");
        // respondent and item to the sum and count of their scores over the groups they rated
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (String[] row : rows(bundle.resolve("responses.csv"))) {
            if (row[0].equals("w1") && row[5].equals("rk@1") && !row[9].isEmpty()) {
                double[] sum = sums.computeIfAbsent(row[2] + " " + row[8], x -> new double[2]);
                sum[0] += Double.parseDouble(row[9]);
                sum[1]++;
            }
        }
        for (String subgroup : java.util.Arrays.asList(null, "leder", "medarbejder")) {
            Map<String, List<Double>> items = new TreeMap<>();
            sums.forEach((key, sum) -> {
                if (subgroup == null || subgroup.equals(value.get(key.split(" ")[0]))) {
                    items.computeIfAbsent(key.split(" ")[1], i -> new ArrayList<>()).add(sum[0] / sum[1]);
                }
            });
            JsonNode profile = subgroup == null ? json : json.get("groups").get(subgroup.equals("leder") ? 0 : 1);
            assertThat(profile.get("items")).as(subgroup).hasSize(items.size());
            for (JsonNode item : profile.get("items")) {
                List<Double> means = items.get(item.get("item").asText());
                assertThat(item.get("n").asInt()).as(subgroup + " " + item).isEqualTo(means.size());
                assertThat(item.get("mean").asDouble()).as(subgroup + " " + item)
                        .isCloseTo(means.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(1e-9));
            }
        }
    }

    /** A citizen attribute counts as it was on the day measured: a citizen whose resources fell counts in each subgroup in turn. */
    @Test
    void each_subgroups_outcome_months_equal_an_independent_computation_from_the_bundle() throws IOException {
        JsonNode json = json("report", "outcomes", "--outcome", "age_at_family_relief_start", "--by", "ressourcer");
        Map<String, TreeMap<java.time.LocalDate, String>> held = held();
        for (String subgroup : java.util.Arrays.asList(null, "faa", "mange")) {
            // unit and month to citizen to their values that month, from outcomes.csv
            Map<String, Map<String, List<Double>>> months = new TreeMap<>();
            for (String[] row : rows(bundle.resolve("outcomes.csv"))) {
                java.time.LocalDate on = java.time.LocalDate.parse(row[2]);
                var valid = held.get(row[1]).floorEntry(on);
                if (subgroup == null || (valid != null && valid.getValue().equals(subgroup))) {
                    months.computeIfAbsent(row[0] + " " + on.withDayOfMonth(1), m -> new TreeMap<>())
                            .computeIfAbsent(row[1], c -> new ArrayList<>()).add(Double.parseDouble(row[4]));
                }
            }
            JsonNode figures = subgroup == null ? json : json.get("groups").get(subgroup.equals("faa") ? 0 : 1);
            assertThat(figures.get("months")).as(subgroup).hasSize(months.size());
            for (JsonNode month : figures.get("months")) {
                Map<String, List<Double>> citizens = months.get(month.get("unit").asText() + " " + month.get("month").asText());
                assertThat(month.get("n").asInt()).as(subgroup + " " + month).isEqualTo(citizens.size());
                if (citizens.size() >= K) {
                    assertThat(month.get("mean").asDouble()).as(subgroup + " " + month).isCloseTo(citizens.values().stream()
                            .mapToDouble(v -> v.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).average().orElseThrow(), within(1e-9));
                } else {
                    assertThat(month.get("mean").isNull()).as(subgroup + " " + month).isTrue();
                }
            }
        }
        assertThat(json.get("groups").get(0).get("months").size() + json.get("groups").get(1).get("months").size())
                .as("a month of a citizen whose resources fell can be in both").isGreaterThanOrEqualTo(json.get("months").size());
    }

    /** A command's JSON on the mini study of this test's data folder. */
    private static JsonNode json(String... command) throws IOException {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--data", data.toString(), "--study", "mini", "--format", "json"));
        return DomainJson.mapper().readTree(Cli.ok(Cli.run(args.toArray(String[]::new))).out());
    }

    /** Citizen to their values by the day each holds from, from citizen_attributes.csv. */
    private static Map<String, TreeMap<java.time.LocalDate, String>> held() throws IOException {
        Map<String, TreeMap<java.time.LocalDate, String>> held = new HashMap<>();
        for (String[] row : rows(bundle.resolve("citizen_attributes.csv"))) {
            held.computeIfAbsent(row[0], c -> new TreeMap<>()).put(java.time.LocalDate.parse(row[3]), row[2]);
        }
        return held;
    }

    private static Map<String, String> values(String wave) throws IOException {
        Map<String, String> value = new HashMap<>();
        for (String[] row : rows(bundle.resolve("respondent_attributes.csv"))) {
            if (row[0].equals(wave)) {
                value.put(row[1], row[3]);
            }
        }
        return value;
    }

    /** Each subgroup's fit over its own unit indices, and the staff's slope against the leaders' with its interval. */
    @Test
    void each_subgroups_elasticity_and_their_difference_equal_an_independent_computation() throws IOException {
        JsonNode json = json("analyze", "elasticity", "--wave", "w1", "--x", "leadership@1", "--y", "rk@1", "--by", "stilling");
        Map<String, Map<String, List<Double>>> xs = expected("leadership@1", "all");
        Map<String, Map<String, List<Double>>> ys = expected("rk@1", "all");
        Map<String, double[]> fits = new HashMap<>();
        for (String subgroup : java.util.Arrays.asList(null, "leder", "medarbejder")) {
            List<double[]> points = new ArrayList<>();
            xs.get(subgroup).forEach((unit, x) -> {
                List<Double> y = ys.get(subgroup).get(unit);
                if (y != null && x.size() >= K && y.size() >= K) {
                    points.add(new double[]{Math.log(mean(x)), Math.log(mean(y))});
                }
            });
            double[] fit = ols(points);
            fits.put(subgroup, fit);
            JsonNode e = subgroup == null ? json : json.get("groups").get(subgroup.equals("leder") ? 0 : 1);
            assertThat(e.get("n").asInt()).as(subgroup).isEqualTo(points.size());
            assertThat(e.get("slope").asDouble()).as(subgroup).isCloseTo(fit[0], within(1e-9));
            assertThat(e.get("se").asDouble()).as(subgroup).isCloseTo(fit[1], within(1e-9));
        }
        assertThat(fits.get("leder")[2]).as("leaders' units at n >= k").isEqualTo(4);
        JsonNode difference = json.get("differences").get(0);
        assertThat(difference.get("value").asText()).isEqualTo("medarbejder");
        assertThat(difference.get("reference").asText()).isEqualTo("leder");
        double estimate = fits.get("medarbejder")[0] - fits.get("leder")[0];
        double se = Math.hypot(fits.get("medarbejder")[1], fits.get("leder")[1]);
        double half = new org.hipparchus.distribution.continuous.TDistribution(fits.get("medarbejder")[2] + fits.get("leder")[2] - 4)
                .inverseCumulativeProbability(0.975) * se;
        assertThat(difference.get("estimate").asDouble()).isCloseTo(estimate, within(1e-9));
        assertThat(difference.get("se").asDouble()).isCloseTo(se, within(1e-9));
        assertThat(difference.get("ci_low").asDouble()).isCloseTo(estimate - half, within(1e-9));
        assertThat(difference.get("ci_high").asDouble()).isCloseTo(estimate + half, within(1e-9));
    }

    /**
     * From w0 to w1 each subgroup's respondents (their value in each wave: in w0 the first ten of a unit lead, in w1 fewer):
     * the overall change, its se from both waves' variances, and the staff's change against the leaders', from the CSVs alone.
     */
    @Test
    void each_subgroups_change_and_their_difference_equal_an_independent_computation() throws IOException {
        JsonNode json = json("analyze", "change", "--from", "w0", "--to", "w1", "--instrument", "rk@1", "--by", "stilling");
        Map<String, Map<String, List<Double>>> start = expected("w0", "rk@1", "all");
        Map<String, Map<String, List<Double>>> end = expected("w1", "rk@1", "all");
        Map<String, double[]> changes = new HashMap<>();
        for (String subgroup : java.util.Arrays.asList(null, "leder", "medarbejder")) {
            double[] s = moments(start.get(subgroup));
            double[] e = moments(end.get(subgroup));
            double a = s[2] / s[1];
            double b = e[2] / e[1];
            double[] change = {e[0] - s[0], Math.sqrt(a + b), (a + b) * (a + b) / (a * a / (s[1] - 1) + b * b / (e[1] - 1))};
            changes.put(subgroup, change);
            JsonNode overall = (subgroup == null ? json : json.get("groups").get(subgroup.equals("leder") ? 0 : 1)).get("overall");
            assertThat(overall.get("n_start").asInt()).as(subgroup).isEqualTo((int) s[1]);
            assertThat(overall.get("n_end").asInt()).as(subgroup).isEqualTo((int) e[1]);
            assertThat(overall.get("change").asDouble()).as(subgroup).isCloseTo(change[0], within(1e-9));
            assertThat(overall.get("change_pct").asDouble()).as(subgroup).isCloseTo((e[0] / s[0] - 1) * 100, within(1e-9));
            assertThat(overall.get("se").asDouble()).as(subgroup).isCloseTo(change[1], within(1e-9));
        }
        double[] staff = changes.get("medarbejder");
        double[] leaders = changes.get("leder");
        double estimate = staff[0] - leaders[0];
        double va = staff[1] * staff[1];
        double vb = leaders[1] * leaders[1];
        double df = (va + vb) * (va + vb) / (va * va / staff[2] + vb * vb / leaders[2]);
        double half = new org.hipparchus.distribution.continuous.TDistribution(df).inverseCumulativeProbability(0.975) * Math.sqrt(va + vb);
        JsonNode difference = json.get("differences").get(0);
        assertThat(difference.get("value").asText()).isEqualTo("medarbejder");
        assertThat(difference.get("estimate").asDouble()).isCloseTo(estimate, within(1e-9));
        assertThat(difference.get("ci_low").asDouble()).isCloseTo(estimate - half, within(1e-9));
        assertThat(difference.get("ci_high").asDouble()).isCloseTo(estimate + half, within(1e-9));
    }

    /**
     * The handleteam's effect on the between-group index for each subgroup (d04–d06 treated from w2), and the staff's
     * effect against the leaders' from one stacked, fully interacted two-way fixed-effects model with errors clustered
     * by unit across both subgroups, built here from the CSVs alone with a design matrix of its own.
     */
    @Test
    void each_subgroups_effect_and_their_difference_from_one_stacked_model_equal_an_independent_computation() throws IOException {
        JsonNode json = json("analyze", "effect", "--type", "handleteam", "--outcome", "rk@1", "--scope", "between", "--by", "stilling");
        List<String> waves = List.of("w0", "w1", "w2", "w3");
        Map<String, List<double[]>> panels = new HashMap<>();
        Map<String, List<String>> unitsOf = new HashMap<>();
        for (String subgroup : List.of("leder", "medarbejder")) {
            List<double[]> rows = new ArrayList<>();
            List<String> units = new ArrayList<>();
            for (int w = 0; w < waves.size(); w++) {
                for (Map.Entry<String, List<Double>> unit : expected(waves.get(w), "rk@1", "between").get(subgroup).entrySet()) {
                    if (unit.getValue().size() >= K) {
                        boolean treated = w >= 2 && List.of("d04", "d05", "d06").contains(unit.getKey());
                        rows.add(new double[]{w, mean(unit.getValue()), treated ? 1 : 0});
                        units.add(unit.getKey());
                    }
                }
            }
            panels.put(subgroup, rows);
            unitsOf.put(subgroup, units);
            JsonNode group = json.get("groups").get(subgroup.equals("leder") ? 0 : 1);
            assertThat(group.get("n_obs").asInt()).as(subgroup).isEqualTo(rows.size());
        }
        // the stacked design: per subgroup an intercept, D, unit dummies (first left out) and wave dummies (first left out)
        List<String> allUnits = new ArrayList<>(new TreeSet<>(unitsOf.get("leder")));
        allUnits.addAll(new TreeSet<>(unitsOf.get("medarbejder")).stream().filter(u -> !allUnits.contains(u)).toList());
        int perGroup = 2 + 5 + 3;
        int n = panels.get("leder").size() + panels.get("medarbejder").size();
        org.hipparchus.linear.RealMatrix x = new org.hipparchus.linear.Array2DRowRealMatrix(n, 2 * perGroup);
        org.hipparchus.linear.RealVector y = new org.hipparchus.linear.ArrayRealVector(n);
        List<String> cluster = new ArrayList<>();
        int row = 0;
        for (int g = 0; g < 2; g++) {
            String subgroup = g == 0 ? "leder" : "medarbejder";
            List<String> units = new ArrayList<>(new TreeSet<>(unitsOf.get(subgroup)));
            assertThat(units).as("every unit in each subgroup's panel").hasSize(6);
            for (int i = 0; i < panels.get(subgroup).size(); i++) {
                double[] o = panels.get(subgroup).get(i);
                String unit = unitsOf.get(subgroup).get(i);
                int base = g * perGroup;
                x.setEntry(row, base, 1);
                x.setEntry(row, base + 1, o[2]);
                if (units.indexOf(unit) > 0) {
                    x.setEntry(row, base + 1 + units.indexOf(unit), 1);
                }
                if (o[0] > 0) {
                    x.setEntry(row, base + 6 + (int) o[0], 1);
                }
                y.setEntry(row, o[1]);
                cluster.add(unit);
                row++;
            }
        }
        org.hipparchus.linear.RealMatrix bread = org.hipparchus.linear.MatrixUtils.inverse(x.transposeMultiply(x));
        org.hipparchus.linear.RealVector beta = bread.operate(x.transpose().operate(y));
        org.hipparchus.linear.RealVector residual = y.subtract(x.operate(beta));
        org.hipparchus.linear.RealMatrix meat = new org.hipparchus.linear.Array2DRowRealMatrix(2 * perGroup, 2 * perGroup);
        for (String unit : allUnits) {
            org.hipparchus.linear.RealVector score = new org.hipparchus.linear.ArrayRealVector(2 * perGroup);
            for (int i = 0; i < n; i++) {
                if (cluster.get(i).equals(unit)) {
                    score = score.add(x.getRowVector(i).mapMultiply(residual.getEntry(i)));
                }
            }
            meat = meat.add(score.outerProduct(score));
        }
        int clusters = allUnits.size();
        org.hipparchus.linear.RealMatrix covariance = bread.multiply(meat).multiply(bread)
                .scalarMultiply((double) clusters / (clusters - 1) * (n - 1) / (n - 2 * perGroup));
        double estimate = beta.getEntry(perGroup + 1) - beta.getEntry(1);
        double se = Math.sqrt(covariance.getEntry(1, 1) + covariance.getEntry(perGroup + 1, perGroup + 1)
                - 2 * covariance.getEntry(1, perGroup + 1));
        assertThat(json.get("groups").get(0).get("estimate").asDouble()).isCloseTo(beta.getEntry(1), within(1e-9));
        assertThat(json.get("groups").get(1).get("estimate").asDouble()).isCloseTo(beta.getEntry(perGroup + 1), within(1e-9));
        JsonNode difference = json.get("differences").get(0);
        assertThat(difference.get("value").asText()).isEqualTo("medarbejder");
        assertThat(difference.get("reference").asText()).isEqualTo("leder");
        assertThat(difference.get("estimate").asDouble()).isCloseTo(estimate, within(1e-9));
        assertThat(difference.get("se").asDouble()).isCloseTo(se, within(1e-9));
        double half = new org.hipparchus.distribution.continuous.TDistribution(clusters - 1).inverseCumulativeProbability(0.975) * se;
        assertThat(difference.get("ci_low").asDouble()).isCloseTo(estimate - half, within(1e-9));
        assertThat(difference.get("ci_high").asDouble()).isCloseTo(estimate + half, within(1e-9));
        assertThat(covariance.getEntry(1, perGroup + 1)).as("the subgroups' effects covary through their shared units").isNotZero();
    }

    /** Mean, n and sample variance of the respondent means of every unit together. */
    private static double[] moments(Map<String, List<Double>> byUnit) {
        double[] all = byUnit.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
        double mean = java.util.Arrays.stream(all).average().orElseThrow();
        double variance = java.util.Arrays.stream(all).map(x -> (x - mean) * (x - mean)).sum() / (all.length - 1);
        return new double[]{mean, all.length, variance};
    }

    /**
     * Per intervention start, each subgroup's citizen-month values before and after (its value on the day measured), and
     * the few-resources shift against the many's, from outcomes.csv, citizen_attributes.csv and interventions.csv alone.
     */
    @Test
    void each_subgroups_outcome_shifts_and_their_difference_equal_an_independent_computation() throws IOException {
        JsonNode json = json("analyze", "outcomes", "--outcome", "age_at_family_relief_start", "--by", "ressourcer");
        Map<String, TreeMap<java.time.LocalDate, String>> held = held();
        Map<String, double[]> shifts = new HashMap<>();
        int compared = 0;
        for (String[] start : rows(bundle.resolve("interventions.csv"))) {
            java.time.LocalDate month = java.time.LocalDate.parse(start[5]).withDayOfMonth(1);
            for (String subgroup : List.of("faa", "mange")) {
                // unit, month and citizen to their values, of this subgroup and the unit the start reaches
                Map<String, List<Double>> citizenMonths = new TreeMap<>();
                for (String[] row : rows(bundle.resolve("outcomes.csv"))) {
                    java.time.LocalDate on = java.time.LocalDate.parse(row[2]);
                    var valid = held.get(row[1]).floorEntry(on);
                    if (row[0].equals(start[3]) && row[3].equals("age_at_family_relief_start") && valid != null && valid.getValue().equals(subgroup)) {
                        citizenMonths.computeIfAbsent(on.withDayOfMonth(1) + " " + row[1], c -> new ArrayList<>()).add(Double.parseDouble(row[4]));
                    }
                }
                List<Double> pre = new ArrayList<>();
                List<Double> post = new ArrayList<>();
                citizenMonths.forEach((key, values) -> {
                    java.time.LocalDate m = java.time.LocalDate.parse(key.split(" ")[0]);
                    if (!m.isBefore(month.minusMonths(18)) && m.isBefore(month)) {
                        pre.add(mean(values));
                    } else if (!m.isBefore(month) && m.isBefore(month.plusMonths(18))) {
                        post.add(mean(values));
                    }
                });
                JsonNode pooled = null;
                for (JsonNode s : json.get("groups").get(subgroup.equals("faa") ? 0 : 1).get("starts")) {
                    if (s.get("intervention").asText().equals(start[0])) {
                        pooled = s.get("pooled");
                    }
                }
                assertThat(pooled.get("pre_n").asInt()).as(subgroup + " " + start[0]).isEqualTo(pre.size());
                assertThat(pooled.get("post_n").asInt()).as(subgroup + " " + start[0]).isEqualTo(post.size());
                if (pre.size() >= K && post.size() >= K) {
                    double va = variance(pre) / pre.size();
                    double vb = variance(post) / post.size();
                    double df = (va + vb) * (va + vb) / (va * va / (pre.size() - 1) + vb * vb / (post.size() - 1));
                    assertThat(pooled.get("difference").asDouble()).isCloseTo(mean(post) - mean(pre), within(1e-9));
                    shifts.put(subgroup + " " + start[0], new double[]{mean(post) - mean(pre), va + vb, df});
                }
            }
            JsonNode difference = null;
            for (JsonNode d : json.get("differences")) {
                if (d.get("of").asText().equals(start[0])) {
                    difference = d;
                }
            }
            assertThat(difference.get("value").asText()).isEqualTo("mange");
            double[] a = shifts.get("mange " + start[0]);
            double[] b = shifts.get("faa " + start[0]);
            if (a == null || b == null) {
                assertThat(difference.get("estimate").isNull()).as(start[0]).isTrue();
                continue;
            }
            double se = Math.sqrt(a[1] + b[1]);
            double df = (a[1] + b[1]) * (a[1] + b[1]) / (a[1] * a[1] / a[2] + b[1] * b[1] / b[2]);
            double half = new org.hipparchus.distribution.continuous.TDistribution(df).inverseCumulativeProbability(0.975) * se;
            assertThat(difference.get("estimate").asDouble()).as(start[0]).isCloseTo(a[0] - b[0], within(1e-9));
            assertThat(difference.get("ci_low").asDouble()).as(start[0]).isCloseTo(a[0] - b[0] - half, within(1e-9));
            compared++;
        }
        assertThat(compared).as("starts where both subgroups have a shift").isPositive();
    }

    private static double variance(List<Double> values) {
        double m = mean(values);
        return values.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / (values.size() - 1);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** Slope, its classical standard error and n of y on x with an intercept, by the textbook sums. */
    private static double[] ols(List<double[]> points) {
        int n = points.size();
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxx = points.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum();
        double sxy = points.stream().mapToDouble(p -> (p[0] - mx) * (p[1] - my)).sum();
        double slope = sxy / sxx;
        double sse = points.stream().mapToDouble(p -> Math.pow(p[1] - my - slope * (p[0] - mx), 2)).sum();
        return new double[]{slope, Math.sqrt(sse / (n - 2) / sxx), n};
    }

    @Test
    void an_attribute_the_figures_are_not_about_or_the_study_lacks_is_refused_by_name() {
        Cli.Result citizen = Cli.run("report", "units", "--data", data.toString(), "--study", "mini", "--wave", "w1", "--instrument", "rk@1",
                "--by", "ressourcer");
        assertThat(citizen.exit()).isEqualTo(1);
        assertThat(citizen.err()).contains("--by: 'ressourcer' is a citizen attribute, and these figures are about respondents (respondent attributes: stilling)");
        Cli.Result respondent = Cli.run("report", "outcomes", "--data", data.toString(), "--study", "mini", "--outcome", "age_at_family_relief_start",
                "--by", "stilling");
        assertThat(respondent.exit()).isEqualTo(1);
        assertThat(respondent.err()).contains("--by: 'stilling' is a respondent attribute, and these figures are about citizens (citizen attributes: ressourcer)");
        Cli.Result unknown = Cli.run("report", "units", "--data", data.toString(), "--study", "mini", "--wave", "w1", "--instrument", "rk@1",
                "--by", "alder");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("--by: study mini has no attribute 'alder' (its respondent attributes: stilling)");
    }

    /**
     * A release decides each subgroup's figures beside the totals': whatever it shows, no two figures of one family differ in
     * fewer than k answers, so a subgroup and the total (or the other subgroup) never isolate a handful of people.
     */
    @Test
    void a_release_decides_the_subgroups_beside_the_totals_and_shows_no_close_pair() throws Exception {
        Path copy = dir.resolve("released");
        Cli.ok(Cli.run("--data", copy.toString(), "import", bundle.toString()));
        Cli.ok(Cli.run("release", "--data", copy.toString(), "--study", "mini", "--wave", "w1"));
        try (Connection c = readModel(copy); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT count(*) FROM release_figure WHERE shown AND figure LIKE 'index w1 rk@1 % by stilling=%'"))
                    .as("subgroup indices shown").isPositive();
            assertThat(single(s, "SELECT count(*) FROM release_figure WHERE NOT shown AND figure LIKE 'index w1 rk@1 % by stilling=%'"
                    + " AND n >= " + K)).as("subgroups of k or more withheld beside the total").isPositive();
            assertThat(single(s, """
                    SELECT count(*) FROM release_figure a JOIN release_figure b
                      ON a.family = b.family AND a.figure < b.figure AND a.release_pos = b.release_pos
                    WHERE a.shown AND b.shown AND (a.figure LIKE '% by %' OR b.figure LIKE '% by %')
                      AND len(list_filter(a.contributors, lambda x: NOT list_contains(b.contributors, x)))
                        + len(list_filter(b.contributors, lambda x: NOT list_contains(a.contributors, x))) BETWEEN 1 AND\s""" + (K - 1)))
                    .as("shown figures of one family differing in 1 to k-1 answers").isZero();
        }
    }

    /**
     * A microdata export carries every value stated, wide, under the partner's pseudonyms: per wave and value as many
     * respondents as the CSV names, each one of that wave's respondents in responses.parquet; each citizen's values over
     * time as the CSV states them; and the codebooks give every attribute column its labels and its values' labels.
     */
    @Test
    void a_microdata_export_carries_the_attributes_under_pseudonyms_with_their_labels() throws Exception {
        Cli.ok(Cli.run("partner", "agree", "--data", data.toString(), "--partner", "aau", "--agreement", "AAU-1", "--microdata"));
        Path export = dir.resolve("export");
        Cli.ok(Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "aau", "--out", export.toString()));
        Map<String, Long> stated = new TreeMap<>();
        rows(bundle.resolve("respondent_attributes.csv")).forEach(r -> stated.merge(r[0] + " " + r[3], 1L, Long::sum));
        Map<String, Long> citizenStated = new TreeMap<>();
        rows(bundle.resolve("citizen_attributes.csv")).forEach(r -> citizenStated.merge(r[3] + " " + r[2], 1L, Long::sum));
        String respondents = export.resolve("respondent_attributes.parquet").toString();
        String citizens = export.resolve("citizen_attributes.parquet").toString();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            assertThat(counts(s, "SELECT wave || ' ' || attr_stilling, count(*) FROM '" + respondents + "' GROUP BY ALL")).isEqualTo(stated);
            assertThat(single(s, "SELECT count(*) FROM '" + respondents + "' a ANTI JOIN (SELECT DISTINCT wave, respondent FROM '"
                    + export.resolve("responses.parquet") + "') r ON r.wave = a.wave AND r.respondent = a.respondent"))
                    .as("attribute rows of no respondent of that wave in responses.parquet").isZero();
            assertThat(single(s, "SELECT count(*) FROM '" + respondents + "' WHERE respondent NOT LIKE 'r-%'")).isZero();
            assertThat(counts(s, "SELECT strftime(valid_from, '%Y-%m-%d') || ' ' || attr_ressourcer, count(*) FROM '" + citizens
                    + "' GROUP BY ALL")).isEqualTo(citizenStated);
            assertThat(single(s, "SELECT count(*) FROM '" + citizens + "' WHERE citizen NOT LIKE 'c-%'")).isZero();
        }
        JsonNode files = DomainJson.mapper().readTree(export.resolve("codebook.json").toFile()).get("files");
        JsonNode position = null;
        for (JsonNode file : files) {
            if (file.get("file").asText().equals("respondent_attributes.parquet")) {
                position = file.get("columns").get(3);
            }
        }
        assertThat(position).as("respondent_attributes.parquet in codebook.json").isNotNull();
        assertThat(position.get("name").asText()).isEqualTo("attr_stilling");
        assertThat(position.get("meaning").get("en").asText()).startsWith("Position (stilling)");
        assertThat(position.get("values").toString()).contains("{\"value\":\"leder\",\"label\":{\"da\":\"Leder\",\"en\":\"Leader\"}}");
        assertThat(Files.readString(export.resolve("codebook.xml"))).contains("name=\"attr_ressourcer\"").contains("<catValu>faa</catValu>");
        for (String raw : List.of(rows(bundle.resolve("respondent_attributes.csv")).getFirst()[1],
                rows(bundle.resolve("citizen_attributes.csv")).getFirst()[0])) {
            assertThat(EraseCommandTest.filesHolding(export, raw)).as("export files holding the raw id %s", raw).isEmpty();
        }
    }

    private static Map<String, Long> counts(Statement s, String sql) throws java.sql.SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        }
        return counts;
    }

    private static Connection readModel(Path data) throws Exception {
        Path pointer = data.resolve("readmodel.current");
        Path file = data.resolve(Files.exists(pointer) ? Files.readString(pointer).strip() : "readmodel.duckdb");
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
    }

    private static long single(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The data lines of one of the bundle's CSV files (CRLF, no quoted commas in these), split on commas. */
    private static List<String[]> rows(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.strip().split(",", -1)).toList();
    }
}
