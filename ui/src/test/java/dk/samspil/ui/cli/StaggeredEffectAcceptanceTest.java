package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.ui.runtime.demo.DemoStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * analyze effect --estimator cs on the mini sample and the demo study, against {@link StaggeredReference}'s computation
 * from the same bundles' CSV files; the balanced panel's exclusions, the controls, the bootstrap's repeatability and the
 * refusals.
 */
class StaggeredEffectAcceptanceTest {

    private static final double EXACT = 1e-9;

    @TempDir
    static Path mini;
    @TempDir
    static Path demo;
    @TempDir
    static Path demoBundle;

    @BeforeAll
    static void importBundles() throws IOException {
        Cli.Result imported = Cli.run("--data", mini.toString(), "import", Cli.sample("mini").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        DemoStudy.write(demoBundle);
        imported = Cli.run("--data", demo.toString(), "import", demoBundle.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @Test
    void the_mini_samples_group_time_effects_equal_the_computation_from_its_csv() throws IOException {
        JsonNode result = json(mini, "analyze", "effect", "--study", "mini", "--type", "handleteam", "--estimator", "cs");

        assertThat(result.get("estimator").asText()).isEqualTo("callaway-santanna");
        assertThat(result.get("control").asText()).isEqualTo("never");
        assertThat(result.get("excluded_units")).isEmpty();
        sameAsReference(result, StaggeredReference.of(Cli.sample("mini"), "handleteam", 5));
        assertThat(result.get("att_gt").findValuesAsText("base")).containsExactly("w0", "w1", "w1");
        // one start group against never-treated units: the regression is that one comparison
        JsonNode bacon = result.get("bacon");
        assertThat(bacon.get("comparisons")).hasSize(1);
        assertThat(bacon.get("comparisons").get(0).get("kind").asText()).isEqualTo("treated_vs_never");
        assertThat(bacon.get("comparisons").get(0).get("weight").asDouble()).isCloseTo(1, within(EXACT));
        assertThat(bacon.get("twfe_estimate").asDouble()).isCloseTo(bacon.get("twfe_reported").asDouble(), within(EXACT));
        assertThat(bacon.get("already_treated_share").asDouble()).isZero();

        JsonNode notYet = json(mini, "analyze", "effect", "--study", "mini", "--type", "handleteam", "--estimator", "cs", "--control", "not-yet");
        assertThat(notYet.get("control").asText()).isEqualTo("not-yet");
        assertThat(notYet.get("simple")).as("one start group: the not-yet-treated are the never-treated").isEqualTo(result.get("simple"));
    }

    @Test
    void the_demo_studys_group_time_effects_equal_the_computation_from_its_csv() throws IOException {
        JsonNode result = json(demo, "analyze", "effect", "--study", DemoStudy.STUDY, "--type", "handleteam", "--estimator", "cs");

        sameAsReference(result, StaggeredReference.of(demoBundle, "handleteam", 5));
    }

    /** The mini sample without d02's answers at w1: d02 leaves the balanced panel, and the estimates are the reference's without it. */
    @Test
    void a_unit_missing_a_wave_leaves_the_balanced_panel_with_the_reason(@TempDir Path bundle, @TempDir Path data) throws IOException {
        for (Path file : Files.list(Cli.sample("mini")).toList()) {
            Files.copy(file, bundle.resolve(file.getFileName().toString()));
        }
        Path responses = bundle.resolve("responses.csv");
        List<String> kept = Files.readAllLines(responses).stream().filter(line -> !line.startsWith("w1,") || !line.contains(",d02,")).toList();
        Files.writeString(responses, String.join("\r\n", kept) + "\r\n");
        Cli.Result imported = Cli.run("--data", data.toString(), "import", bundle.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        JsonNode result = json(data, "analyze", "effect", "--study", "mini", "--type", "handleteam", "--estimator", "cs");

        assertThat(result.get("excluded_units")).hasSize(1);
        assertThat(result.get("excluded_units").get(0).get("unit").asText()).isEqualTo("d02");
        assertThat(result.get("excluded_units").get(0).get("reason").asText()).isEqualTo("missing");
        assertThat(result.get("excluded_units").get(0).get("wave").asText()).isEqualTo("w1");
        assertThat(result.get("att_gt").get(0).get("n_control").asInt()).as("d01 and d03 left of the never-treated").isEqualTo(2);
        sameAsReference(result, StaggeredReference.of(bundle, "handleteam", 5));
    }

    @Test
    void the_bootstrap_repeats_to_the_byte_and_names_its_draws_and_seed() {
        Cli.Result first = Cli.run("--data", mini.toString(), "analyze", "effect", "--study", "mini", "--type", "handleteam",
                "--estimator", "cs", "--se", "bootstrap", "--format", "json");
        Cli.Result second = Cli.run("--data", mini.toString(), "analyze", "effect", "--study", "mini", "--type", "handleteam",
                "--estimator", "cs", "--se", "bootstrap", "--format", "json");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(first.out()).contains("999 draws, seed 20210401").contains("\"standard_errors\" : \"bootstrap\"");
    }

    @Test
    void options_that_do_not_fit_the_estimator_are_refused_with_the_choices() {
        assertThat(refusal("--estimator", "cs", "--by", "position")).contains("not broken down by subgroup");
        assertThat(refusal("--control", "not-yet")).contains("apply to estimator cs");
        assertThat(refusal("--estimator", "sa")).contains("estimator is twfe or cs, was 'sa'");
        assertThat(refusal("--estimator", "cs", "--control", "later")).contains("control is never or not-yet, was 'later'");
        assertThat(refusal("--estimator", "cs", "--se", "jackknife")).contains("se is influence or bootstrap, was 'jackknife'");
    }

    @Test
    void the_text_output_shows_the_cells_their_averages_and_the_decomposition() {
        Cli.Result text = Cli.run("--data", mini.toString(), "analyze", "effect", "--study", "mini", "--type", "handleteam", "--estimator", "cs");

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Staggered effect of handleteam on rk@1 (scope between, control never)").contains("k = 5")
                .contains("Simple").contains("Dynamic").contains("Goodman-Bacon decomposition").contains("treated_vs_never");
    }

    private static void sameAsReference(JsonNode result, StaggeredReference reference) {
        List<String> cells = new ArrayList<>();
        result.get("att_gt").forEach(c -> cells.add(c.get("group").asText() + "," + c.get("time").asText()));
        assertThat(cells).containsExactlyElementsOf(reference.cells.stream().map(c -> c.group() + "," + c.time()).toList());
        for (int i = 0; i < reference.cells.size(); i++) {
            JsonNode cell = result.get("att_gt").get(i);
            StaggeredReference.Cell expected = reference.cells.get(i);
            assertThat(cell.get("att").asDouble()).as("att " + cells.get(i)).isCloseTo(expected.att(), within(EXACT));
            assertThat(cell.get("se").asDouble()).as("se " + cells.get(i)).isCloseTo(expected.se(), within(EXACT));
            assertThat(cell.get("event_time").asInt()).isEqualTo(expected.eventTime());
            assertThat(cell.get("n_group").asInt()).isEqualTo(expected.nGroup());
            assertThat(cell.get("n_control").asInt()).isEqualTo(expected.nControl());
        }
        assertThat(result.get("simple").get("att").asDouble()).isCloseTo(reference.simple.att(), within(EXACT));
        assertThat(result.get("simple").get("se").asDouble()).isCloseTo(reference.simple.se(), within(EXACT));
        assertThat(result.get("dynamic").findValuesAsText("event_time").stream().map(Integer::valueOf).toList())
                .containsExactlyElementsOf(reference.dynamic.keySet());
        result.get("dynamic").forEach(d -> {
            StaggeredReference.Average expected = reference.dynamic.get(d.get("event_time").asInt());
            assertThat(d.get("att").asDouble()).isCloseTo(expected.att(), within(EXACT));
            assertThat(d.get("se").asDouble()).isCloseTo(expected.se(), within(EXACT));
        });
        assertThat(result.get("group").findValuesAsText("group")).containsExactlyElementsOf(reference.group.keySet());
        result.get("group").forEach(g -> {
            StaggeredReference.Average expected = reference.group.get(g.get("group").asText());
            assertThat(g.get("att").asDouble()).isCloseTo(expected.att(), within(EXACT));
            assertThat(g.get("se").asDouble()).isCloseTo(expected.se(), within(EXACT));
        });
    }

    private static String refusal(String... options) {
        List<String> all = new ArrayList<>(List.of("--data", mini.toString(), "analyze", "effect", "--study", "mini", "--type", "handleteam"));
        all.addAll(List.of(options));
        Cli.Result result = Cli.run(all.toArray(String[]::new));
        assertThat(result.exit()).isEqualTo(1);
        return result.err();
    }

    private static JsonNode json(Path data, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "json"));
        Cli.Result result = Cli.run(all.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isZero();
        return DomainJson.mapper().readTree(result.out());
    }
}
