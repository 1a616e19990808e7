package dk.samspil.ui.runtime.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** Writes the bundles of a preset, one folder per organisation. */
public final class BenchGenerate {

    private BenchGenerate() {
    }

    public static void write(BenchPreset preset, Path out, Consumer<String> log) throws IOException {
        Files.createDirectories(out);
        for (int org = 0; org < preset.organisations(); org++) {
            Path bundle = preset.bundle(out, org);
            if (Files.exists(bundle.resolve("responses.csv"))) {
                log.accept(bundle.getFileName() + " exists, kept");
                continue;
            }
            preset.organisation(org).write(bundle);
            log.accept(String.format(Locale.ROOT, "wrote %s (%d of %d)", bundle.getFileName(), org + 1, preset.organisations()));
        }
    }
}
