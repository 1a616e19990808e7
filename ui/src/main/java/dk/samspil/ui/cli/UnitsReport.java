package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "units", mixinStandardHelpOptions = true,
        description = {"Unit indices of a wave (measures.md): per unit, the mean of its respondents' mean scores.",
                "Units with fewer than k respondents are suppressed."})
final class UnitsReport extends Report {

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--instrument", required = true, paramLabel = "I", description = "Instrument, e.g. rk@1 or leadership@1.")
    String instrument;

    @Option(names = "--scope", defaultValue = "all", paramLabel = "SCOPE",
            description = "all, between (ratings of other groups) or within (of the own group) (default: ${DEFAULT-VALUE}).")
    String scope;

    @Mixin
    UnitOption unit;

    @Mixin
    ByOption by;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("wave", wave, "instrument", instrument, "scope", scope, "unit", unit.unit, "by", by.by);
    }
}
