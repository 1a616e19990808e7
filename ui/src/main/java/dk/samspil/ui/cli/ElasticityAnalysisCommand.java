package dk.samspil.ui.cli;

import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;

import static dk.samspil.ui.cli.AnalyzeCommand.number;

@Command(name = "elasticity", mixinStandardHelpOptions = true,
        description = {"Elasticity of one unit index with respect to another across a wave's units (measures.md):",
                "OLS of ln(y) on ln(x); units below k are left out and listed."})
final class ElasticityAnalysisCommand extends Report {

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--x", required = true, paramLabel = "I1", description = "Instrument of the explanatory index, e.g. leadership@1.")
    String x;

    @Option(names = "--y", required = true, paramLabel = "I2", description = "Instrument of the explained index, e.g. rk@1.")
    String y;

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        Elasticity e = reports.elasticity(request, wave, x, y);
        Table units = new Table("unit", "x", "n_x", "y", "n_y");
        e.unitsUsed().forEach(u -> units.row(u.unit(), number(u.x()), u.nX(), number(u.y()), u.nY()));
        Table excluded = new Table("unit", "reason", "n_x", "n_y");
        e.unitsExcluded().forEach(u -> excluded.row(u.unit(), u.reason(), u.nX(), u.nY()));
        return Output.of(e,
                String.format(Locale.ROOT, "Elasticity of %s with respect to %s: study %s, wave %s, as of position %d, k = %d%n%s",
                        e.y(), e.x(), e.study(), e.wave(), e.asOfPosition(), e.k(), e.method()),
                new Table("slope", "se", "ci_low", "ci_high", "n", "r2", "pct_for_10pct").row(number(e.slope()), number(e.se()),
                        number(e.ciLow()), number(e.ciHigh()), e.n(), number(e.r2()), number(e.pctFor10pct())),
                e.note() == null ? "" : e.note() + "\n",
                section("Units used", units),
                section("Units excluded (" + e.unitsExcluded().size() + ")", excluded));
    }
}
