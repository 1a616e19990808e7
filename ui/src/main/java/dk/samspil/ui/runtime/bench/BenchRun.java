package dk.samspil.ui.runtime.bench;

import dk.samspil.domain.shared.DomainJson;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Runs the benchmark in a started application and keeps the figures beside the data. */
public final class BenchRun {

    private BenchRun() {
    }

    /** The bundle folders directly under {@code folder} (each holding a study.json), in name order. */
    public static List<Path> bundles(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.exists(p.resolve("study.json"))).sorted().toList();
        }
    }

    public static BenchResult run(ConfigurableApplicationContext app, List<Path> bundles, int queries, Path resultFile,
                                  Consumer<String> log) throws Exception {
        BenchResult result = new Benchmark(app, log).run(bundles, queries);
        DomainJson.newMapper().writerWithDefaultPrettyPrinter().writeValue(resultFile.toFile(), result);
        return result;
    }
}
