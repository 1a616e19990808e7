package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.ui.app.reports.StudyReports;
import dk.samspil.projections.history.LoggedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = "The event history, newest first: position, time, type, summary.")
final class LogCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Copenhagen"));

    enum Format { text, json }

    @Mixin
    DataOptions options;

    @Option(names = "--study", paramLabel = "S", description = "Only events of this study.")
    String study;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N events (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new BadInput("--limit must be 1 or more, was " + limit);
        }
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            StudyReports.Log log = app.getBean(StudyReports.class).log(study, limit);
            if (format == Format.json) {
                System.out.println(Json.write(java.util.Map.of("total", log.total(), "events", log.events())));
                return 0;
            }
            System.out.printf("%,d events%s; newest %d shown (position, recorded at in Europe/Copenhagen, valid on, type, summary)%n",
                    log.total(), study == null ? "" : " of study " + study, log.events().size());
            for (LoggedEvent e : log.events()) {
                System.out.printf("%8d  %s  %-10s  %-26s %s%n", e.position(), TIME.format(e.recordedAt()),
                        e.validOn() == null ? "-" : e.validOn(), e.type(), e.summary());
            }
        }
        return 0;
    }
}
