package dk.samspil.ui.cli;

import org.springframework.util.FileSystemUtils;
import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.ui.app.backup.BackupManifest;
import dk.samspil.ui.app.backup.Backups;
import dk.samspil.ui.app.backup.BackupService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup (./samspil backup) into a new or empty data folder and an empty event store, and rebuild",
                "the read model. The file is verified first; it is restored whole or not at all."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Mixin
    ProgressOption progress;

    @Parameters(paramLabel = "FILE", description = "A backup file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        Path target = options.folder();
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            throw new BadInput("the data folder " + target + " is not empty; restore only into a new or empty folder (--data DIR)");
        }
        Terminal terminal = progress.terminal();
        long started = System.nanoTime();
        Backups.verify(file, terminal::progress);
        terminal.done();
        Files.createDirectories(target.getParent());
        // built beside the target and moved into place whole: a restore cut off leaves the target as it was
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".restoring-");
        BackupManifest manifest;
        try {
            try (ConfigurableApplicationContext app = Launcher.start(staging, null, Map.of("samspil.read-model.auto-start", "false"))) {
                manifest = app.getBean(BackupService.class).restore(file, terminal::progress);
            } finally {
                terminal.done();
            }
            Files.deleteIfExists(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(staging)) {
                FileSystemUtils.deleteRecursively(staging);
            }
        }
        System.out.printf(Locale.ROOT, "restored %,d events (up to position %d), %,d person keys, %,d partner secrets and %,d questionnaire"
                        + " links from %s (backed up %s) into %s and rebuilt the read model (%.1f s)%n", manifest.rows("DomainEventEntry"),
                manifest.eventPosition(), manifest.rows("person_key"), manifest.rows("partner_secret"),
                manifest.rows("questionnaire_invitation"), file.toAbsolutePath().normalize(), manifest.createdAt(), target,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
