package dk.samspil.ui.cli;

import dk.samspil.projections.analysis.Change;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;

import static dk.samspil.ui.cli.AnalyzeCommand.number;

@Command(name = "change", mixinStandardHelpOptions = true,
        description = "Change of an instrument between two waves, per item and overall, both means from item-level data (measures.md).")
final class ChangeAnalysisCommand extends Report {

    @Option(names = "--from", required = true, paramLabel = "W1", description = "Start wave.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "W2", description = "End wave.")
    String to;

    @Option(names = "--instrument", required = true, paramLabel = "I", description = "Instrument, e.g. rk@1.")
    String instrument;

    @Option(names = "--unit", paramLabel = "U", description = "Only respondents of this unit (default: the whole study).")
    String unit;

    @Option(names = "--scope", defaultValue = "all", paramLabel = "SCOPE", description = "all, between or within (default: ${DEFAULT-VALUE}).")
    String scope;

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        Change e = reports.change(request, from, to, instrument, unit, scope);
        Table table = new Table("item", "mean_start", "n_start", "mean_end", "n_end", "change_pct");
        e.items().forEach(i -> row(table, i.item(), i.change()));
        row(table, "(overall)", e.overall());
        return Output.of(e,
                String.format(Locale.ROOT, "Change of %s from %s to %s: study %s%s, scope %s, as of position %d, k = %d%n%s",
                        e.instrument(), e.from(), e.to(), e.study(), e.unit() == null ? "" : ", unit " + e.unit(), e.scope(),
                        e.asOfPosition(), e.k(), e.method()),
                table);
    }

    private static void row(Table table, String item, Change.Side side) {
        table.row(item, number(side.meanStart()), side.nStart(), number(side.meanEnd()), side.nEnd(), number(side.changePct()));
    }
}
