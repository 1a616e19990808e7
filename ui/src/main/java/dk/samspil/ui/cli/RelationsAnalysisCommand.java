package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "relations", mixinStandardHelpOptions = true,
        description = {"Important relations whose between-group cell is low or middle, weakest first, and how each pair",
                "of groups rates each other (asymmetry)."})
final class RelationsAnalysisCommand extends Report {

    @Mixin
    RelationalWave wave;

    @Option(names = "--importance-threshold", paramLabel = "X",
            description = "Mean relation-importance@1 score from which a relation counts as important (default: 4.0).")
    Double threshold;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("wave", wave.wave, "instrument", wave.instrument, "importance-threshold", threshold == null ? null : threshold.toString());
    }
}
