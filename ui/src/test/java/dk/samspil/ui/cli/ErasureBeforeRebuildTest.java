package dk.samspil.ui.cli;

import dk.samspil.projections.ReadModel;
import dk.samspil.ui.app.replay.OnlineRebuild;
import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.runtime.storage.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process that applied an erasure from the store (another node erased) rebuilds its read model
 * without the person; when it stops first (a command line ends, a node dies), the file it leaves
 * may still hold the person's rows. It is never served again, here or as a copy on another node.
 */
class ErasureBeforeRebuildTest {

    @TempDir
    Path data;

    @Test
    void a_read_model_that_applied_an_erasure_before_its_rebuild_is_begun_anew_at_the_next_start() throws Exception {
        Cli.ok(Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString()));
        Path before;
        try (ConfigurableApplicationContext app = Launcher.start(data, null, Cli.WITHOUT_VAADIN)) {
            ReadModel readModel = app.getBean(ReadModel.class);
            app.getBean(ReadModelSync.class).awaitCaughtUp(Duration.ofMinutes(1), at -> { });
            before = app.getBean(DataDirectory.class).readModel();
            // what ErasedOnEveryNode notes when the erasure reaches a file begun before it; the process stops before the rebuild
            readModel.erasureApplied(readModel.batches().appliedPosition());
        }
        // the file left behind, copied as one starts a node from another's read model
        Path copy = Files.createDirectories(data.resolveSibling(data.getFileName() + "-copy"));
        Files.copy(before, copy.resolve("readmodel.duckdb"));
        try (ConfigurableApplicationContext app = Launcher.start(data, null, Cli.WITHOUT_VAADIN)) {
            Path now = app.getBean(DataDirectory.class).readModel();
            assertThat(now).as("a new file").isNotEqualTo(before);
            assertThat(before).as("the one that may hold the person, deleted").doesNotExist();
            assertThat(app.getBean(ReadModel.class).erasurePending()).isEmpty();
        }
        // the file rebuilt from the store gives the same figures
        MiniMatrix.assertMatches(Cli.run("--data", data.toString(), "report", "matrix", "--study", "mini", "--wave", "w0", "--format", "json"));
        // a node started from a copy of the left file does not serve it either
        Cli.ok(Cli.run("--data", copy.toString(), "import", Cli.sample("mini").toString()));
        try (Stream<Path> files = Files.list(copy)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("readmodel-1.duckdb").doesNotContain("readmodel.duckdb");
        }
    }

    @Test
    void an_application_that_stops_while_its_read_model_is_rebuilt_abandons_the_rebuild() throws Exception {
        Cli.ok(Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString()));
        try (ConfigurableApplicationContext app = Launcher.start(data, null, Cli.WITHOUT_VAADIN)) {
            app.getBean(ReadModelSync.class).awaitCaughtUp(Duration.ofMinutes(1), at -> { });
            app.getBean(OnlineRebuild.class).start();
        }
        // in a JVM that goes on (as the tests' does), a rebuild left running would switch this folder's files under the next command
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("read-model-rebuild") && thread.isAlive());
        MiniMatrix.assertMatches(Cli.run("--data", data.toString(), "report", "matrix", "--study", "mini", "--wave", "w0", "--format", "json"));
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.filter(f -> f.getFileName().toString().matches("readmodel.*\\.duckdb"))).hasSize(1);
        }
    }
}
