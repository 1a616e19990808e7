package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.ui.app.backup.BackupManifest;
import dk.samspil.ui.app.backup.BackupService;
import dk.samspil.ui.runtime.control.ControlFile;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the event store with the person keys, partner secrets and questionnaire links into one zip",
                "(manifest.json with each table's rows and sha256). The read model is left out: restore rebuilds it.",
                "While the application serves, it writes the backup itself, from one snapshot of the store."})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write; it must not exist yet.")
    Path out;

    @Mixin
    ProgressOption progress;

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
        long started = System.nanoTime();
        Optional<ControlFile> running = ControlFile.ofRunningApplication(folder);
        BackupManifest manifest;
        if (running.isPresent()) {
            manifest = online(running.get(), file);
        } else {
            Terminal terminal = progress.terminal();
            // the read model plays no part: its processor stays stopped
            try (ConfigurableApplicationContext app = Launcher.start(folder, null, Map.of("samspil.read-model.auto-start", "false"))) {
                manifest = app.getBean(BackupService.class).backUp(file, terminal::progress);
            } finally {
                terminal.done();
            }
        }
        System.out.printf(Locale.ROOT, "backed up %,d events (up to position %d), %,d person keys, %,d partner secrets and %,d questionnaire"
                        + " links to %s (%,d bytes, %.1f s)%s%n", manifest.rows("DomainEventEntry"), manifest.eventPosition(),
                manifest.rows("person_key"), manifest.rows("partner_secret"), manifest.rows("questionnaire_invitation"), file,
                Files.size(file), (System.nanoTime() - started) / 1e9, running.isPresent() ? " while the application served" : "");
        return 0;
    }

    /** The serving application holds the store: it writes the backup from one snapshot while it goes on serving. */
    private static BackupManifest online(ControlFile control, Path file) throws IOException, InterruptedException {
        HttpResponse<String> answer = control.post(ControlFile.BACKUP + "?out=" + URLEncoder.encode(file.toString(), StandardCharsets.UTF_8));
        if (answer.statusCode() == 409) {
            throw new BadInput(answer.body().strip());
        }
        if (answer.statusCode() != 200) {
            throw new IOException("the application serving the data folder refused the backup: HTTP " + answer.statusCode() + " "
                    + answer.body().strip());
        }
        return DomainJson.mapper().readValue(answer.body(), BackupManifest.class);
    }
}