package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The mini sample's wave-w0 relation matrix as the reference file has it, and a report's check against it. */
final class MiniMatrix {

    private MiniMatrix() {
    }

    static JsonNode reference() {
        try {
            return DomainJson.mapper().readTree(Cli.class.getResourceAsStream("/samples/mini-reference.json")).get("matrix_w0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A `report matrix --format json` that succeeded and has every reference cell with its n, mean and band. */
    static void assertMatches(Cli.Result report) throws IOException {
        assertThat(report.exit()).as(report.err()).isZero();
        JsonNode reference = reference();
        JsonNode cells = DomainJson.mapper().readTree(report.out()).get("cells");
        assertThat(cells).hasSize(reference.size());
        for (JsonNode expected : reference) {
            JsonNode cell = null;
            for (JsonNode candidate : cells) {
                if (candidate.get("rater_group").equals(expected.get("rater_group"))
                        && candidate.get("target_group").equals(expected.get("target_group"))) {
                    cell = candidate;
                }
            }
            assertThat(cell).as("cell %s", expected).isNotNull();
            assertThat(cell.get("mean").asDouble()).isCloseTo(expected.get("mean").asDouble(), within(1e-9));
            assertThat(cell.get("n").asInt()).isEqualTo(expected.get("n").asInt());
            assertThat(cell.get("band").asText()).isEqualTo(expected.get("band").asText());
        }
    }
}
