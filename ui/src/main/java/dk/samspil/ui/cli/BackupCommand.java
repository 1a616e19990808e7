package dk.samspil.ui.cli;

import dk.samspil.ui.backup.BackupManifest;
import dk.samspil.ui.backup.Backups;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the event store with the person keys, partner secrets and questionnaire links into one zip",
                "(manifest.json with each table's rows and sha256). The read model is left out: restore rebuilds it."})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write; it must not exist yet.")
    Path out;

    @Option(names = "--progress", description = "Show progress also when not on a terminal, a line per update.")
    boolean progress;

    @Override
    public Integer call() throws Exception {
        Path folder = options.folder();
        Path file = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new BadInput("there is no data folder " + folder + " to back up");
        }
        if (Files.exists(file)) {
            throw new BadInput(file + " already exists; give a new file to back up into");
        }
        Terminal terminal = Terminal.system(progress);
        long started = System.nanoTime();
        BackupManifest manifest;
        // the read model plays no part: its processor stays stopped
        try (ConfigurableApplicationContext app = Launcher.start(folder, null, Map.of("samspil.read-model.auto-start", "false"))) {
            manifest = Backups.write(app.getBean(DataSource.class), file, terminal::progress);
        } finally {
            terminal.done();
        }
        System.out.printf(Locale.ROOT, "backed up %,d events (up to position %d), %,d person keys, %,d partner secrets and %,d questionnaire"
                        + " links to %s (%,d bytes, %.1f s)%n", manifest.rows("DomainEventEntry"), manifest.eventPosition(),
                manifest.rows("person_key"), manifest.rows("partner_secret"), manifest.rows("questionnaire_invitation"), file,
                Files.size(file), (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
