package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** ./samspil release: the review changes nothing, the release records WaveReleased, an open or unknown wave is refused. */
class ReleaseCommandTest {

    @TempDir
    Path dir;

    @Test
    void reviews_then_releases_a_closed_wave_and_refuses_an_unknown_or_open_one() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(Cli.run("--data", data, "import", Cli.sample("mini").toString()).exit()).isZero();

        Cli.Result review = Cli.run("release", "--data", data, "--study", "mini", "--wave", "w0", "--dry-run", "--format", "json");
        assertThat(review.exit()).as(review.err()).isZero();
        assertThat(review.out()).contains("\"released\" : false").contains("\"waves\" : [ \"w0\" ]").contains("\"withheld_secondary\"")
                .contains("\"reason\" : \"secondary: ").doesNotContain("\"why\"");
        assertThat(Cli.run("log", "--data", data, "--study", "mini", "--limit", "1").out()).doesNotContain("released by");

        Cli.Result released = Cli.run("release", "--data", data, "--study", "mini", "--wave", "w0");
        assertThat(released.exit()).as(released.err()).isZero();
        assertThat(released.out()).startsWith("Released: study mini, wave w0, release point at position ")
                .containsPattern("\\d+ figures shown, \\d+ withheld below k, 0 held back, \\d+ withheld by secondary suppression");
        assertThat(Cli.run("log", "--data", data, "--study", "mini", "--limit", "1").out()).contains("wave w0 released by");
        // a release records who released, nothing of the answers: the analyses at the release point equal their references
        String point = released.out().replaceAll("(?s).*release point at position (\\d+).*", "$1");
        Cli.Result effect = Cli.run("analyze", "effect", "--data", data, "--study", "mini", "--type", "handleteam", "--as-of", point,
                "--format", "json");
        assertThat(effect.exit()).as(effect.err()).isZero();
        try (InputStream in = Cli.class.getResourceAsStream("/samples/mini-reference.json")) {
            JsonNode reference = DomainJson.mapper().readTree(in).get("did_handleteam_rk_between");
            JsonNode result = DomainJson.mapper().readTree(effect.out());
            assertThat(result.get("as_of_position").asText()).isEqualTo(point);
            for (String field : List.of("estimate", "se", "ci_low", "ci_high")) {
                assertThat(result.get(field).asDouble()).as(field).isCloseTo(reference.get(field).asDouble(),
                        within(1e-6));
            }
        }

        Cli.Result unknown = Cli.run("release", "--data", data, "--study", "mini", "--wave", "w9");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("study mini has no wave 'w9'");

        assertThat(Cli.run("--data", data, "import", OpenWaveBundle.write(dir.resolve("open"), "p1").toString()).exit()).isZero();
        Cli.Result open = Cli.run("release", "--data", data, "--study", "aaben", "--wave", "nu");
        assertThat(open.exit()).isEqualTo(1);
        assertThat(open.err()).contains("wave nu closes on").contains("its figures are released once it has closed");
    }
}
