package dk.samspil.ui.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `./samspil bench load` end to end, briefly: two users for twenty seconds on the mini sample, so
 * the harness keeps finding the views it browses. The real run (50 users, 5 minutes, DK-50) is
 * the README's command and is not part of the build.
 */
class BenchLoadIT {

    @TempDir
    Path work;

    @Test
    void two_users_browse_the_views_without_an_error_and_the_figures_are_written() throws Exception {
        Path data = work.resolve("data");
        RunningApp.Finished imported = RunningApp.run(data, "import", Path.of("target", "test-classes", "samples", "mini").toString());
        assertThat(imported.exit()).as(imported.output()).isZero();

        ProcessBuilder command = new ProcessBuilder(List.of("bash", Path.of("..", "samspil").toString(), "bench", "load", data.toString(),
                "--users", "2", "--minutes", "0.35", "--think-ms", "300-800", "--organisations", "eksempel-kommune"))
                .redirectErrorStream(true).redirectOutput(work.resolve("load.out").toFile());
        // the JDK running the tests, which is the one the build chose
        command.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process load = command.start();
        assertThat(load.waitFor(10, TimeUnit.MINUTES)).as("finished within 10 minutes").isTrue();
        String output = Files.readString(work.resolve("load.out"), StandardCharsets.UTF_8);
        assertThat(load.exitValue()).as(output).isZero();

        JsonNode result = new ObjectMapper().readTree(data.resolve("load-result.json").toFile());
        assertThat(result.path("errors").asInt(-1)).as(output).isZero();
        assertThat(result.path("accounts")).extracting(JsonNode::asText).containsExactly("load-forsker", "load-admin", "load-leder");
        assertThat(result.path("view_ready").path("sign in").path("n").asInt()).isEqualTo(2);
        assertThat(result.path("views_shown").asInt()).as("views shown").isGreaterThanOrEqualTo(4);
        assertThat(result.path("server_time").path("uidl (clicks and navigation)").path("n").asInt()).as("requests in the access log").isPositive();
        assertThat(result.path("memory").path("samples").size()).as("memory samples").isPositive();
        assertThat(result.path("memory").path("rss_mib_max").asInt()).isPositive();
    }
}
