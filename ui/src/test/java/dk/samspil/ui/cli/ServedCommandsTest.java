package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** report, analyze, log and import while the application serves the data folder: the same output and exit codes as without it. */
class ServedCommandsTest {

    private static final List<List<String>> ASKED = List.of(
            List.of("report", "matrix", "--study", "mini", "--wave", "w3", "--format", "json"),
            List.of("report", "matrix", "--study", "mini", "--wave", "w0", "--unit", "d01"),
            List.of("report", "matrix", "--study", "mini", "--wave", "w0", "--as-of", "174", "--format", "csv"),
            List.of("report", "profile", "--study", "mini", "--wave", "w3", "--rater", "skole", "--format", "json"),
            List.of("report", "timeline", "--study", "mini"),
            List.of("analyze", "effect", "--study", "mini", "--type", "handleteam", "--format", "json"),
            List.of("analyze", "change", "--study", "mini", "--from", "w0", "--to", "w3", "--instrument", "rk@1"),
            List.of("log", "--study", "mini", "--limit", "5"),
            List.of("report", "matrix", "--study", "mini", "--wave", "w9"),
            List.of("report", "units", "--study", "nosuch", "--wave", "w0", "--instrument", "rk@1"));

    @TempDir
    Path data;

    @Test
    void reports_analyses_log_and_import_answer_alike_while_the_application_serves() throws Exception {
        assertThat(Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString()).exit()).isZero();
        Map<List<String>, Cli.Result> alone = run();
        assertThat(alone.get(ASKED.get(8)).exit()).as("an unknown wave is bad input").isEqualTo(1);

        try (ConfigurableApplicationContext app = Launcher.start(data, 0, Cli.WITHOUT_VAADIN)) {
            Map<List<String>, Cli.Result> served = run();
            ASKED.forEach(args -> assertThat(served.get(args)).as(String.join(" ", args)).isEqualTo(alone.get(args)));

            Cli.Result again = Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString());
            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(again.out()).contains("mini").contains("event store at position");

            Path broken = Files.createDirectories(data.resolveSibling(data.getFileName() + "-broken"));
            Files.writeString(broken.resolve("study.json"), "{ not json");
            Cli.Result refused = Cli.run("--data", data.toString(), "import", broken.toString());
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).contains("study.json");
            assertThat(refused.out()).isEmpty();

            // the meeting report, made by the serving application and written where the command says
            Path servedPdf = data.resolveSibling(data.getFileName() + "-served.pdf");
            Cli.Result report = Cli.run("--data", data.toString(), "report", "pdf", "--study", "mini", "--unit", "d04", "--as-of", "1200",
                    "--out", servedPdf.toString());
            assertThat(report.exit()).as(report.err()).isZero();
            assertThat(report.out()).contains("at position 1200", servedPdf.toString());
            Cli.Result badUnit = Cli.run("--data", data.toString(), "report", "pdf", "--study", "mini", "--unit", "nosuch",
                    "--out", data.resolveSibling("x.pdf").toString());
            assertThat(badUnit.exit()).isEqualTo(1);
            assertThat(badUnit.err()).contains("nosuch");
        }
        // the same report made in a process of its own: the same bytes
        Path alonePdf = data.resolveSibling(data.getFileName() + "-alone.pdf");
        assertThat(Cli.run("--data", data.toString(), "report", "pdf", "--study", "mini", "--unit", "d04", "--as-of", "1200",
                "--out", alonePdf.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(alonePdf)).isEqualTo(Files.readAllBytes(data.resolveSibling(data.getFileName() + "-served.pdf")));
    }

    private Map<List<String>, Cli.Result> run() {
        Map<List<String>, Cli.Result> results = new LinkedHashMap<>();
        for (List<String> args : ASKED) {
            List<String> line = new java.util.ArrayList<>(List.of("--data", data.toString()));
            line.addAll(args);
            Cli.Result result = Cli.run(line.toArray(String[]::new));
            // the serving application runs in this JVM: its log lines land in the captured stderr too
            results.put(args, new Cli.Result(result.exit(), result.out(), result.err().replaceAll("(?m)^\\d{4}-\\d\\d-\\d\\dT.*\\R", "")));
        }
        return results;
    }
}
