package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "effect", mixinStandardHelpOptions = true,
        description = {"Effect of an intervention type on a unit index (measures.md): difference-in-differences with unit",
                "and wave fixed effects and unit-clustered CR1 standard errors, with event-time means (--estimator twfe);",
                "or Callaway-Sant'Anna group-time effects for staggered starts, with their simple, event-time and group",
                "averages and the Goodman-Bacon decomposition of the regression (--estimator cs; docs/analyses.md)."})
final class EffectAnalysisCommand extends Report {

    @Option(names = "--type", required = true, paramLabel = "T", description = "Intervention type, e.g. handleteam or raadgivende_team.")
    String type;

    @Option(names = "--outcome", defaultValue = "rk@1", paramLabel = "I", description = "Instrument whose unit index is the outcome (default: ${DEFAULT-VALUE}).")
    String outcome;

    @Option(names = "--scope", paramLabel = "SCOPE",
            description = "all, between or within (default: between for a relational instrument, else all).")
    String scope;

    @Option(names = "--estimator", paramLabel = "E", description = "twfe (two-way fixed effects) or cs (Callaway-Sant'Anna) (default: twfe).")
    String estimator;

    @Option(names = "--control", paramLabel = "C",
            description = "With --estimator cs: the comparison units, never (never treated) or not-yet (not yet treated) (default: never).")
    String control;

    @Option(names = "--se", paramLabel = "SE", description = "With --estimator cs: influence (influence function) or bootstrap "
            + "(unit multiplier bootstrap, 999 draws, fixed seed) (default: influence).")
    String se;

    @picocli.CommandLine.Mixin
    ByOption by;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("type", type, "outcome", outcome, "scope", scope, "by", by.by, "estimator", estimator,
                "control", control, "se", se);
    }
}
