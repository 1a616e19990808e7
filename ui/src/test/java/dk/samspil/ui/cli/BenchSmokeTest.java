package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark on its smallest preset, end to end: it runs, measures every figure, and refuses a used data folder. */
class BenchSmokeTest {

    @TempDir
    Path dir;

    @Test
    void the_smoke_preset_generates_imports_replays_and_measures_every_figure() throws Exception {
        Path bundles = dir.resolve("bundles");
        Cli.Result generated = Cli.run("bench", "generate", "--preset", "smoke", "--out", bundles.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("720 questionnaires");

        Cli.Result run = Cli.run("bench", "run", "--bundles", bundles.toString(), "--queries", "5");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("replay / bare-scan floor").contains("peak RSS");
        JsonNode result = DomainJson.mapper().readTree(bundles.resolve("data").resolve("bench-result.json").toFile());
        assertThat(result.get("questionnaires").asLong()).isEqualTo(720);
        // 720 questionnaires x 4 rated groups x 6 items
        assertThat(result.get("item_scores").asLong()).isEqualTo(17_280);
        assertThat(result.get("events").asLong()).isGreaterThan(720);
        for (String figure : List.of("import_questionnaires_per_s", "floor_seconds", "replay_seconds", "replay_questionnaires_per_s",
                "replay_scores_per_s", "replay_to_floor", "matrix_p50_ms", "matrix_p95_ms", "unit_index_p95_ms", "timeline_p95_ms",
                "outcomes_p95_ms", "matrix_duckdb_ms", "matrix_h2_ms", "h2_to_duckdb", "peak_rss_mib")) {
            assertThat(result.get(figure).asDouble()).as(figure).isPositive();
        }
        assertThat(result.get("matrix_p95_ms").asDouble()).isGreaterThanOrEqualTo(result.get("matrix_p50_ms").asDouble());

        Cli.Result again = Cli.run("bench", "run", "--bundles", bundles.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("is not empty");
    }
}
