package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.ui.app.replay.Replay;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.ui.runtime.control.ControlFile;
import dk.samspil.ui.app.replay.RebuildStatus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Rebuild the read model from the event store and report the speed.",
                "While the application is stopped, the read model is rebuilt in place. While it serves (serve or demo),",
                "the application builds a new read model beside the one it serves and moves over to it once complete."})
final class ReplayCommand implements Callable<Integer> {

    private static final ObjectMapper STATUS = DomainJson.newMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Mixin
    DataOptions options;

    @Mixin
    ProgressOption progress;

    @Option(names = "--processor", defaultValue = ReadModelBatches.PROCESSOR, paramLabel = "NAME",
            description = "Processor to rebuild (default and only one so far: ${DEFAULT-VALUE}).")
    String processor;

    @Override
    public Integer call() throws Exception {
        if (!ReadModelBatches.PROCESSOR.equals(processor)) {
            throw new BadInput("no processor '" + processor + "' (processors: " + ReadModelBatches.PROCESSOR + ")");
        }
        Terminal terminal = progress.terminal();
        Optional<ControlFile> running = ControlFile.ofRunningApplication(options.folder());
        if (running.isPresent()) {
            return online(running.get(), terminal);
        }
        Replay.Replayed replayed;
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null,
                java.util.Map.of("samspil.read-model.auto-start", "false"))) {
            replayed = app.getBean(Replay.class).inPlace((at, head) -> terminal.progress("replaying events", Math.max(at, 0), head));
            terminal.done();
            double seconds = replayed.seconds();
            System.out.printf(Locale.ROOT, "replayed %,d events (%,d questionnaire versions, %,d read-model rows) in %.2f s: "
                    + "%,.0f events/s, %,.0f questionnaires/s, %,.0f rows/s%n", replayed.events(), replayed.questionnaires(),
                    replayed.rows(), seconds, replayed.events() / seconds, replayed.questionnaires() / seconds, replayed.rows() / seconds);
        }
        return 0;
    }

    /** Asks the running application to rebuild beside the read model it serves, and follows it to the end. */
    private static int online(ControlFile control, Terminal terminal) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + control.port() + "/admin/read-model/rebuild");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(uri).header("Authorization", control.authorization())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() == 409) {
                RebuildStatus running = STATUS.readValue(started.body(), RebuildStatus.class);
                throw new BadInput("the application is already rebuilding its read model (at position "
                        + running.position() + " of " + running.head() + "); wait for it to finish");
            }
            if (started.statusCode() != 202) {
                throw new IOException("the application at " + uri + " refused the rebuild: HTTP " + started.statusCode() + " " + started.body().strip());
            }
            System.err.println("the application on port " + control.port() + " rebuilds its read model beside the one it serves");
            RebuildStatus status = STATUS.readValue(started.body(), RebuildStatus.class);
            RebuildStatus shown = null;
            while (!status.state().finished()) {
                if (shown == null || shown.position() != status.position() || shown.state() != status.state()) {
                    terminal.progress(status.state() == RebuildStatus.State.SWITCHING ? "switching over" : "replaying events",
                            Math.max(status.position(), 0), status.head());
                    shown = status;
                }
                Thread.sleep(200);
                HttpResponse<String> polled = http.send(HttpRequest.newBuilder(uri).header("Authorization", control.authorization())
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (polled.statusCode() != 200) {
                    throw new IOException("lost track of the rebuild: HTTP " + polled.statusCode() + " " + polled.body().strip());
                }
                status = STATUS.readValue(polled.body(), RebuildStatus.class);
            }
            terminal.done();
            if (status.state() == RebuildStatus.State.FAILED) {
                throw new IOException("the rebuild failed, and the application still serves the read model it had: " + status.error());
            }
            double seconds = status.seconds();
            System.out.printf(Locale.ROOT, "replayed %,d events (%,d questionnaire versions, %,d read-model rows) in %.2f s "
                            + "while the application served: %,.0f events/s, %,.0f questionnaires/s, %,.0f rows/s; it now serves the rebuilt read model%n",
                    status.events(), status.questionnaires(), status.rows(), seconds,
                    status.events() / seconds, status.questionnaires() / seconds, status.rows() / seconds);
            return 0;
        }
    }
}
