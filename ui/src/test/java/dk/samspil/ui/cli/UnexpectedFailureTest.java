package dk.samspil.ui.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure no command foresaw: one line and how to see more; the detail only with --debug. */
class UnexpectedFailureTest {

    @TempDir
    Path work;

    @Test
    void an_unexpected_failure_is_one_line_without_class_names_or_stack_trace() throws IOException {
        Path notAFolder = Files.writeString(work.resolve("data"), "a file where the data folder should be");

        Cli.Result result = Cli.run("--data", notAFolder.toString(), "log", "--study", "mini");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("samspil log failed unexpectedly; run it again as ./samspil --debug log ... to see why");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void debug_prints_the_stack_trace_of_an_unexpected_failure() throws IOException {
        Path notAFolder = Files.writeString(work.resolve("data"), "a file where the data folder should be");

        Cli.Result result = Cli.run("--debug", "--data", notAFolder.toString(), "log", "--study", "mini");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("samspil log failed:").contains("Exception").contains("\tat ");
    }
}
