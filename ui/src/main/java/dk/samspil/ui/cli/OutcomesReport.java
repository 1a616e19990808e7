package dk.samspil.ui.cli;

import dk.samspil.projections.outcomes.OutcomeMonths;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "outcomes", mixinStandardHelpOptions = true,
        description = "A citizen outcome per unit and month: the mean over the citizens measured that month.")
final class OutcomesReport implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    ReportOptions options;

    @Option(names = "--outcome", required = true, paramLabel = "O", description = "Outcome key, e.g. age_at_family_relief_start.")
    String outcome;

    @Override
    public Integer call() {
        return Report.run(data, options, c -> {
            OutcomeSeriesQuery query = c.bean(OutcomeSeriesQuery.class);
            List<String> known = query.outcomes(c.study().study());
            if (!known.contains(outcome)) {
                throw new BadInput("study " + c.study().study() + " has no outcome '" + outcome + "' (outcomes: " + String.join(", ", known) + ")");
            }
            OutcomeMonths months = query.monthly(c.study().study(), outcome, c.asOf(), c.k());
            return new Report.Output() {
                @Override
                public Object json() {
                    return months;
                }

                @Override
                public Table table() {
                    Table table = new Table("unit", "month", "mean", "n", "suppressed");
                    months.months().forEach(m -> table.row(m.unit(), m.month(), m.mean(), m.n(), m.suppressed()));
                    return table;
                }

                @Override
                public String heading() {
                    return String.format(Locale.ROOT, "Outcome %s per unit and month: study %s, as of position %d, k = %d",
                            months.outcome(), months.study(), months.asOfPosition(), months.k());
                }
            };
        });
    }
}
