package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "outcomes", mixinStandardHelpOptions = true,
        description = {"A citizen outcome per unit and month with the interventions' starts, and per start the mean",
                "before against the mean from the start month on (Welch)."})
final class OutcomesAnalysisCommand extends Report {

    @Option(names = "--outcome", required = true, paramLabel = "O", description = "Outcome key, e.g. age_at_family_relief_start.")
    String outcome;

    @Option(names = "--type", paramLabel = "T", description = "Only interventions of this type (default: every type).")
    String type;

    @Option(names = "--window-months", defaultValue = "18", paramLabel = "N",
            description = "Months before the start month, and from it, that count (default: ${DEFAULT-VALUE}).")
    int window;

    @picocli.CommandLine.Mixin
    ByOption by;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("outcome", outcome, "type", type, "window-months", Integer.toString(window), "by", by.by);
    }
}
