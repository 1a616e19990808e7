package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

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

    @picocli.CommandLine.Mixin
    ByOption by;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("from", from, "to", to, "instrument", instrument, "unit", unit, "scope", scope, "by", by.by);
    }
}
