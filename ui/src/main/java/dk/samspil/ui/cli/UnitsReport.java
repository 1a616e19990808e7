package dk.samspil.ui.cli;

import dk.samspil.projections.units.UnitIndices;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;

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

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        UnitIndices indices = reports.units(request, wave, instrument, scope);
        Table table = new Table("unit", "mean", "n", "suppressed");
        indices.units().forEach(u -> table.row(u.unit(), u.mean(), u.n(), u.suppressed()));
        return Output.of(indices, String.format(Locale.ROOT, "Unit indices: study %s, wave %s, %s, scope %s, as of position %d, k = %d",
                indices.study(), indices.wave(), indices.instrument(), indices.scope(), indices.asOfPosition(), indices.k()), table);
    }
}
