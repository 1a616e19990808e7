package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "outcomes", mixinStandardHelpOptions = true,
        description = "A citizen outcome per unit and month: the mean over the citizens measured that month.")
final class OutcomesReport extends Report {

    @Option(names = "--outcome", required = true, paramLabel = "O", description = "Outcome key, e.g. age_at_family_relief_start.")
    String outcome;

    @Option(names = "--period", paramLabel = "quarter|half-year|year",
            description = "Per fixed period instead of per month, each period a figure of its own (as the timeline shows them).")
    String period;

    @Mixin
    UnitOption unit;

    @Mixin
    ByOption by;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("outcome", outcome, "period", period, "unit", unit.unit, "by", by.by);
    }
}
