package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "effect", mixinStandardHelpOptions = true,
        description = {"Effect of an intervention type on a unit index (measures.md): difference-in-differences with unit",
                "and wave fixed effects and unit-clustered CR1 standard errors, with event-time means."})
final class EffectAnalysisCommand extends Report {

    @Option(names = "--type", required = true, paramLabel = "T", description = "Intervention type, e.g. handleteam or raadgivende_team.")
    String type;

    @Option(names = "--outcome", defaultValue = "rk@1", paramLabel = "I", description = "Instrument whose unit index is the outcome (default: ${DEFAULT-VALUE}).")
    String outcome;

    @Option(names = "--scope", paramLabel = "SCOPE",
            description = "all, between or within (default: between for a relational instrument, else all).")
    String scope;

    @picocli.CommandLine.Mixin
    ByOption by;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("type", type, "outcome", outcome, "scope", scope, "by", by.by);
    }
}
