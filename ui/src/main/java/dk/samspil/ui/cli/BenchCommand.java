package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.ui.runtime.bench.BenchGenerate;
import dk.samspil.ui.runtime.bench.BenchPreset;
import dk.samspil.ui.runtime.bench.BenchResult;
import dk.samspil.ui.runtime.bench.BenchRun;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Synthetic data at full scale, and the benchmark over it.",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Run.class})
final class BenchCommand extends CommandGroup {

    BenchCommand() {
        super("say bench generate or bench run");
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Write synthetic bundles, one folder per organisation.",
                    "Presets: dk-50 (50 x 1,300 respondents x 10 groups x 8 waves: 520,000 questionnaires,",
                    "31.2 million item scores), dk-5 (a tenth of it), smoke (seconds)."})
    static final class Generate implements Callable<Integer> {

        @Option(names = "--preset", defaultValue = "dk-50", paramLabel = "NAME", description = "dk-50, dk-5 or smoke (default: ${DEFAULT-VALUE}).")
        String preset;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the bundles into.")
        Path out;

        @Override
        public Integer call() throws Exception {
            BenchPreset chosen;
            try {
                chosen = BenchPreset.named(preset);
            } catch (IllegalArgumentException e) {
                throw new BadInput(e.getMessage());
            }
            BenchGenerate.write(chosen, out, System.err::println);
            System.out.printf("%s: %d bundles in %s (%,d questionnaires, %,d item scores)%n", chosen.name(), chosen.organisations(),
                    out.toAbsolutePath().normalize(), chosen.questionnaires(), chosen.itemScores());
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Import the bundles into a new data folder, scan the events, replay, time the queries and",
                    "compare DuckDB with the event-store database; prints the figures and writes bench-result.json there."})
    static final class Run implements Callable<Integer> {

        @Option(names = "--bundles", required = true, paramLabel = "DIR", description = "Folder of bundles (bench generate --out).")
        Path bundles;

        @Option(names = "--data", paramLabel = "DIR", description = "New data folder to measure in (default: DIR/data under --bundles).")
        Path data;

        @Option(names = "--queries", defaultValue = "200", paramLabel = "N", description = "Timed calls per query (default: ${DEFAULT-VALUE}).")
        int queries;

        @Override
        public Integer call() throws Exception {
            List<Path> found = BenchRun.bundles(bundles);
            if (found.isEmpty()) {
                throw new BadInput("no bundles (folders with a study.json) in " + bundles);
            }
            Path folder = (data == null ? bundles.resolve("data") : data).toAbsolutePath().normalize();
            if (Files.exists(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new BadInput(folder + " is not empty: the benchmark measures a fresh data folder");
                    }
                }
            }
            try (ConfigurableApplicationContext app = Launcher.start(folder, null, Map.of("samspil.read-model.auto-start", "false"))) {
                BenchResult result = BenchRun.run(app, found, queries, folder.resolve("bench-result.json"), System.err::println);
                System.out.println(result.describe());
            }
            return 0;
        }
    }
}
