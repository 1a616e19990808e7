package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.control.ControlFile;
import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.domain.intake.ImportProgress;
import dk.samspil.ui.app.imports.ImportService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import study bundles (folder or .zip, see formats/study-bundle.md).",
                "A bundle is stored whole or not at all; re-importing records only what changed."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Mixin
    ProgressOption progress;

    @Parameters(paramLabel = "BUNDLE", arity = "1..*", description = "Bundle folder or .zip file.")
    List<Path> bundles;

    @Override
    public Integer call() throws Exception {
        Optional<ControlFile> running = ControlFile.ofRunningApplication(options.folder());
        if (running.isPresent()) {
            return served(running.get());
        }
        Terminal terminal = progress.terminal();
        // the command line shows the read model's position alone, without the head it moves towards
        ImportProgress shown = (phase, done, total) -> terminal.progress(phase, done,
                phase.equals(ImportService.READ_MODEL_PHASE) ? -1 : total);
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            ImportService imports = app.getBean(ImportService.class);
            for (Path bundle : bundles) {
                long started = System.nanoTime();
                ImportService.Imported imported;
                try {
                    imported = imports.importBundle(bundle, shown);
                } finally {
                    terminal.done();
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(java.util.Locale.ROOT, "%s: %s (%.1f s, event store at position %d)%n",
                        bundle, imported.summary().describe(), seconds, imported.position());
            }
        }
        return 0;
    }

    /** The serving application holds the data folder: it imports each bundle, as its import page would. */
    private int served(ControlFile control) throws Exception {
        for (Path bundle : bundles) {
            long started = System.nanoTime();
            HttpResponse<String> answer = Served.importBundle(control, bundle);
            if (answer.statusCode() == 422) {
                System.err.print(answer.body());
                return 1;
            }
            String[] stored = Served.answer(answer).split("\t");
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "%s: %s (%.1f s, event store at position %s)%n", bundle, stored[0], seconds, stored[1]);
        }
        return 0;
    }
}
