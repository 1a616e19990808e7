package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.ImportSummary;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import study bundles (folder or .zip, see formats/study-bundle.md).",
                "A bundle is stored whole or not at all; re-importing records only what changed."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--progress", description = "Show progress also when not on a terminal, a line per update.")
    boolean progress;

    @Parameters(paramLabel = "BUNDLE", arity = "1..*", description = "Bundle folder or .zip file.")
    List<Path> bundles;

    @Override
    public Integer call() throws Exception {
        Terminal terminal = Terminal.system(progress);
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            BundleImporter importer = app.getBean(BundleImporter.class);
            for (Path bundle : bundles) {
                long started = System.nanoTime();
                ImportSummary summary;
                try {
                    summary = importer.importBundle(bundle, terminal::progress);
                } finally {
                    terminal.done();
                }
                long head = app.getBean(ReadModelSync.class).awaitCaughtUp(Duration.ofHours(2),
                        at -> terminal.progress("updating the read model", Math.max(at, 0), -1));
                terminal.done();
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(java.util.Locale.ROOT, "%s: %s (%.1f s, event store at position %d)%n",
                        bundle, summary.describe(), seconds, head);
            }
        }
        return 0;
    }
}
