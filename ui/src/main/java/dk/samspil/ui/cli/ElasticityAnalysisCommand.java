package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

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

    @picocli.CommandLine.Mixin
    ByOption by;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("wave", wave, "x", x, "y", y, "by", by.by);
    }
}
