package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportOutput;
import dk.samspil.ui.app.reports.ReportRequest;
import picocli.CommandLine.Option;

/** The options every report takes besides --data. */
final class ReportOptions {

    @Option(names = "--study", required = true, paramLabel = "S", description = "Study key.")
    String study;

    @Option(names = "--as-of", paramLabel = "POS|TIME", description = "Event-store position, or date/time, to compute at (default: latest).")
    String asOf;

    @Option(names = "--k", paramLabel = "N", description = "Minimum respondents per shown figure (default: the installation's, 5).")
    Integer k;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    ReportOutput.Format format;

    ReportRequest request() {
        return new ReportRequest(study, asOf, k);
    }
}
