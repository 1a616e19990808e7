package dk.samspil.ui.cli;

import dk.samspil.projections.analysis.OutcomeShifts;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;

import static dk.samspil.ui.cli.AnalyzeCommand.number;

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

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        OutcomeShifts e = reports.outcomes(request, outcome, type, window);
        Table starts = new Table("intervention", "type", "started_on", "unit", "pre_mean", "pre_n", "post_mean", "post_n",
                "difference", "ci_low", "ci_high");
        e.starts().forEach(s -> {
            row(starts, s, "(all)", s.pooled());
            s.perUnit().forEach(u -> row(starts, s, u.unit(), u.comparison()));
        });
        Table series = new Table("unit", "month", "mean", "n", "suppressed");
        e.series().forEach(m -> series.row(m.unit(), m.month(), number(m.mean()), m.n(), m.suppressed()));
        return Output.of(e,
                String.format(Locale.ROOT, "Outcome %s before and after each intervention start, %d months each side: "
                        + "study %s, as of position %d, k = %d%n%s", e.outcome(), e.windowMonths(), e.study(), e.asOfPosition(), e.k(), e.method()),
                starts,
                section("Monthly series", series));
    }

    private static void row(Table table, OutcomeShifts.Start start, String unit, OutcomeShifts.Comparison c) {
        table.row(start.intervention(), start.type(), start.startedOn(), unit, number(c.preMean()), c.preN(), number(c.postMean()),
                c.postN(), number(c.difference()), number(c.ciLow()), number(c.ciHigh()));
    }
}
