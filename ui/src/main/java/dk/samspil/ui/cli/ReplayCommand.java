package dk.samspil.ui.cli;

import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.ui.config.ReadModelSync;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Rebuild the read model from the event store and report the speed.",
                "Run it while the application is stopped."})
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--progress", description = "Show progress also when not on a terminal, a line per update.")
    boolean progress;

    @Option(names = "--processor", defaultValue = ReadModelBatches.PROCESSOR, paramLabel = "NAME",
            description = "Processor to rebuild (default and only one so far: ${DEFAULT-VALUE}).")
    String processor;

    @Override
    public Integer call() throws Exception {
        if (!ReadModelBatches.PROCESSOR.equals(processor)) {
            throw new BadInput("no processor '" + processor + "' (processors: " + ReadModelBatches.PROCESSOR + ")");
        }
        Terminal terminal = Terminal.system(progress);
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null,
                java.util.Map.of("samspil.read-model.auto-start", "false"))) {
            ReadModelSync sync = app.getBean(ReadModelSync.class);
            long head = sync.head();
            long started = System.nanoTime();
            sync.rebuild(Duration.ofHours(4), at -> terminal.progress("replaying events", Math.max(at, 0), head));
            double seconds = (System.nanoTime() - started) / 1e9;
            terminal.done();
            long events = app.getBean(EventLogQuery.class).count(null);
            long questionnaires;
            long rows;
            try (Connection c = app.getBean(ReadModelStore.class).connection(); Statement s = c.createStatement()) {
                questionnaires = single(s, "SELECT count(*) FROM submission");
                rows = single(s, "SELECT (SELECT count(*) FROM score_row) + (SELECT count(*) FROM submission) + (SELECT count(*) FROM event_log)");
            }
            System.out.printf(Locale.ROOT, "replayed %,d events (%,d questionnaire versions, %,d read-model rows) in %.2f s: "
                    + "%,.0f events/s, %,.0f questionnaires/s, %,.0f rows/s%n", events, questionnaires, rows, seconds,
                    events / seconds, questionnaires / seconds, rows / seconds);
        }
        return 0;
    }

    private static long single(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
