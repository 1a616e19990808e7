package dk.samspil.ui.cli;

import dk.samspil.projections.outcomes.OutcomeMonths;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;

@Command(name = "outcomes", mixinStandardHelpOptions = true,
        description = "A citizen outcome per unit and month: the mean over the citizens measured that month.")
final class OutcomesReport extends Report {

    @Option(names = "--outcome", required = true, paramLabel = "O", description = "Outcome key, e.g. age_at_family_relief_start.")
    String outcome;

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        OutcomeMonths months = reports.outcomes(request, outcome);
        Table table = new Table("unit", "month", "mean", "n", "suppressed");
        months.months().forEach(m -> table.row(m.unit(), m.month(), m.mean(), m.n(), m.suppressed()));
        return Output.of(months, String.format(Locale.ROOT, "Outcome %s per unit and month: study %s, as of position %d, k = %d",
                months.outcome(), months.study(), months.asOfPosition(), months.k()), table);
    }
}
