package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * analyze change on hand-computable data: the seed's dementia table (eight quality indicators at
 * start and end of an 18-month effort). 100 professionals answer every item at both waves so that
 * each item's mean is the table's value; one more answers "don't know" throughout and must not count.
 * The table's printed start average, 2.59, is not the mean of its own items: they average 2.84.
 */
class ChangeAnalysisTest {

    private static final double[] START = {2.89, 2.13, 1.93, 3.09, 3.11, 2.89, 3.57, 3.11};
    private static final double[] END = {3.48, 3.42, 3.71, 3.64, 3.48, 3.52, 3.97, 3.29};
    private static final int RESPONDENTS = 100;

    @TempDir
    static Path folder;

    @BeforeAll
    static void importDementiaStudy() throws IOException {
        Path bundle = Files.createDirectories(folder.resolve("demens"));
        writeBundle(bundle);
        Cli.Result imported = Cli.run("--data", folder.resolve("data").toString(), "import", bundle.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @Test
    void change_recomputes_both_means_from_the_items() throws IOException {
        JsonNode change = json("analyze", "change", "--study", "demens", "--from", "opstart", "--to", "afslutning",
                "--instrument", "demens@1");

        JsonNode overall = change.get("overall");
        assertThat(overall.get("mean_start").asDouble()).isCloseTo(2.84, within(1e-9)).isNotCloseTo(2.59, within(0.1));
        assertThat(overall.get("mean_end").asDouble()).isCloseTo(3.56375, within(1e-9));
        assertThat(overall.get("n_start").asInt()).as("the don't-know respondent has no score").isEqualTo(RESPONDENTS);
        assertThat(overall.get("change_pct").asDouble()).isCloseTo((3.56375 / 2.84 - 1) * 100, within(1e-9));
        JsonNode items = change.get("items");
        assertThat(items).hasSize(8);
        for (int i = 0; i < START.length; i++) {
            JsonNode item = items.get(i).get("change");
            assertThat(items.get(i).get("item").asText()).isEqualTo("i" + (i + 1));
            assertThat(item.get("mean_start").asDouble()).isCloseTo(START[i], within(1e-9));
            assertThat(item.get("mean_end").asDouble()).isCloseTo(END[i], within(1e-9));
            assertThat(item.get("n_end").asInt()).isEqualTo(RESPONDENTS);
            assertThat(item.get("change_pct").asDouble()).isCloseTo((END[i] / START[i] - 1) * 100, within(1e-9));
        }
        assertThat(change.get("instruments").toString()).isEqualTo("[\"demens@1\"]");
    }

    @Test
    void a_side_below_k_is_suppressed_and_has_no_change() throws IOException {
        JsonNode change = json("analyze", "change", "--study", "demens", "--from", "opstart", "--to", "afslutning",
                "--instrument", "demens@1", "--k", "101");
        assertThat(change.get("overall").get("suppressed").asBoolean()).isTrue();
        assertThat(change.get("overall").get("mean_start").isNull()).isTrue();
        assertThat(change.get("overall").get("change_pct").isNull()).isTrue();
    }

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", folder.resolve("data").toString(), "--format", "json"));
        Cli.Result result = Cli.run(all.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isZero();
        return DomainJson.mapper().readTree(result.out());
    }

    private static void writeBundle(Path bundle) throws IOException {
        Files.writeString(bundle.resolve("study.json"), """
                {"tenant": "demens-kommune", "tenant_name": "Prøvekommune", "study": "demens", "title": "Demensindsats",
                 "shared_task": "Sammenhængende forløb for borgere med demens", "starts_on": "2023-01-02",
                 "units": [{"key": "aeldre", "name": "Ældre og sundhed", "parent": null}],
                 "groups": [{"key": "hjemmepleje", "name": "Hjemmepleje"}, {"key": "demens", "name": "Demenskonsulenter"}],
                 "waves": [{"key": "opstart", "label": "Opstart", "opens_on": "2023-01-09", "closes_on": "2023-01-31"},
                           {"key": "afslutning", "label": "Afslutning", "opens_on": "2024-07-01", "closes_on": "2024-07-31"}],
                 "instruments": ["demens@1"], "relations": []}
                """);
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= START.length; i++) {
            items.append(i == 1 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"key\": \"i%d\", \"dimension\": \"kvalitet\", \"label\": {\"da\": \"Indikator %d\", \"en\": \"Indicator %d\"}}", i, i, i));
        }
        Files.createDirectories(bundle.resolve("instruments"));
        Files.writeString(bundle.resolve("instruments/demens@1.json"), """
                {"ref": "demens@1", "title": {"da": "Faglige indikatorer, demens", "en": "Dementia quality indicators"},
                 "relational": false, "respondent_kind": "professional", "scale": {"min": 1, "max": 5}, "missing_code": "",
                 "dimensions": [{"key": "kvalitet", "label": {"da": "Kvalitet", "en": "Quality"}}],
                 "items": [%s],
                 "bands": {"within": {"high_above": 4.5, "middle_from": 4.0}, "between": {"high_above": 4.0, "middle_from": 3.5}}}
                """.formatted(items));
        StringBuilder responses = new StringBuilder("wave,collected_on,respondent,respondent_group,respondent_unit,instrument,target,case,item,score\n");
        wave(responses, "opstart", "2023-01-16", START);
        wave(responses, "afslutning", "2024-07-08", END);
        Files.writeString(bundle.resolve("responses.csv"), responses);
    }

    /** Item i's scores: the first (total mod 100) respondents one above the floor, so the mean is exactly the table's. */
    private static void wave(StringBuilder out, String wave, String on, double[] means) {
        for (int r = 0; r <= RESPONDENTS; r++) {
            String respondent = String.format(Locale.ROOT, "r%03d", r);
            String group = r % 2 == 0 ? "hjemmepleje" : "demens";
            for (int i = 0; i < means.length; i++) {
                int total = (int) Math.round(means[i] * RESPONDENTS);
                String score = r == RESPONDENTS ? "" : String.valueOf(total / RESPONDENTS + (r < total % RESPONDENTS ? 1 : 0));
                out.append(String.join(",", wave, on, respondent, group, "aeldre", "demens@1", "", "", "i" + (i + 1), score)).append('\n');
            }
        }
    }
}
