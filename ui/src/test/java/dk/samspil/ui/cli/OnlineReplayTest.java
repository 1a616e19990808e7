package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.ui.runtime.control.ControlFile;
import dk.samspil.ui.runtime.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** ./samspil replay while the application serves: the application rebuilds beside its read model and moves over. */
class OnlineReplayTest {

    @TempDir
    Path data;

    @Test
    void replay_against_the_serving_application_rebuilds_beside_it_and_switches_over() throws Exception {
        assertThat(Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString()).exit()).isZero();
        String matrixBefore = matrix();

        try (ConfigurableApplicationContext app = Launcher.start(data, 0, Cli.WITHOUT_VAADIN)) {
            ControlFile control = ControlFile.ofRunningApplication(data).orElseThrow();
            assertThat(Files.getPosixFilePermissions(DataDirectory.controlFile(data))).hasSize(2);
            assertThat(statusWithout(control)).as("no secret, no rebuild").isEqualTo(401);

            Cli.Result replay = Cli.run("--data", data.toString(), "replay");

            assertThat(replay.exit()).as(replay.err()).isZero();
            assertThat(replay.out()).contains("replayed 2,590 events").contains("while the application served");
            assertThat(Files.readString(data.resolve("readmodel.current")).strip()).isEqualTo("readmodel-1.duckdb");
            assertThat(data.resolve("readmodel.duckdb")).doesNotExist();
        }
        assertThat(DataDirectory.controlFile(data)).as("removed when the application stops").doesNotExist();
        assertThat(matrix()).isEqualTo(matrixBefore);
    }

    private String matrix() {
        Cli.Result matrix = Cli.run("--data", data.toString(), "report", "matrix", "--study", "mini", "--wave", "w3",
                "--instrument", "rk@1", "--format", "json");
        assertThat(matrix.exit()).as(matrix.err()).isZero();
        return matrix.out();
    }

    private static int statusWithout(ControlFile control) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + control.port() + "/admin/read-model/rebuild"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
