package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import dk.samspil.ui.app.reports.ReportOutput;
import dk.samspil.ui.app.reports.ReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = "The event history, newest first: position, time, type, summary.")
final class LogCommand implements Callable<Integer> {

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
        ReportRequest request = new ReportRequest(study, null, null);
        Map<String, String> limited = ReportCatalog.options("limit", Integer.toString(limit));
        ReportOutput.Format shown = ReportOutput.Format.valueOf(format.name());
        System.out.print(Served.catalogue(options.folder(), "log", request, limited, shown));
        return 0;
    }
}
