package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Several Samspil nodes on one PostgreSQL, each a JVM of its own with its own data folder and
 * read model: what one node or command stores, every node shows.
 */
class ClusterTest {

    @TempDir
    static Path work;

    private static EmbeddedPostgres postgres;
    private static String jdbcUrl;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        onPostgres(() -> Cli.ok(Cli.run(work.resolve("admin"), "cluster-admin-2026", "user", "add", "--username", "admin", "--role", "admin")));
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void a_command_line_beside_a_serving_node_works_on_its_own_read_model_and_the_node_shows_what_it_stored() throws Exception {
        try (ClusterNode node = ClusterNode.start(work.resolve("node-a"), jdbcUrl, Map.of())) {
            // a second process on the same event store, as a new user would start one: it used to die claiming the node's token
            Cli.Result imported = onPostgres(() -> Cli.run("--data", work.resolve("cli-b").toString(), "import", Cli.sample("mini").toString()));
            assertThat(imported.exit()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("2208 questionnaires added");
            assertThat(node.alive()).isTrue();

            JsonNode reference = DomainJson.mapper().readTree(Cli.class.getResourceAsStream("/samples/mini-reference.json")).get("matrix_w0");
            assertMatrix(onPostgres(() -> Cli.run("--data", work.resolve("cli-b").toString(), "report", "matrix", "--study", "mini",
                    "--wave", "w0", "--format", "json")), reference);
            // the serving node learns of the import from the store and answers through its control endpoint
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Cli.Result served;
            do {
                Thread.sleep(200);
                served = Cli.run("--data", node.data().toString(), "report", "matrix", "--study", "mini", "--wave", "w0", "--format", "json");
            } while (served.exit() != 0 && System.nanoTime() < deadline);
            assertMatrix(served, reference);
        }
    }

    private static void assertMatrix(Cli.Result report, JsonNode reference) throws Exception {
        assertThat(report.exit()).as(report.err()).isZero();
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
            assertThat(cell.get("n").asInt()).isEqualTo(expected.get("n").asInt());
            assertThat(cell.get("mean").asDouble()).isCloseTo(expected.get("mean").asDouble(), within(1e-9));
        }
    }

    /** Runs an in-process command with its events in the cluster's PostgreSQL. */
    private static <T> T onPostgres(java.util.function.Supplier<T> command) {
        System.setProperty("spring.datasource.url", jdbcUrl);
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "postgres");
        try {
            return command.get();
        } finally {
            System.clearProperty("spring.datasource.url");
            System.clearProperty("spring.datasource.username");
            System.clearProperty("spring.datasource.password");
        }
    }
}
