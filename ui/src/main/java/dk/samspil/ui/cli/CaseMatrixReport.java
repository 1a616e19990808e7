package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;

@Command(name = "case-matrix", mixinStandardHelpOptions = true,
        description = {"The matrix of the professionals in citizens' cases (person-level ratings), by group,",
                "pooled over the cases given (default: every case of the wave). Figures below k are suppressed."})
final class CaseMatrixReport extends Report {

    @Mixin
    RelationalWave wave;

    @Option(names = "--case", paramLabel = "ID", split = ",", description = "Case ids to pool, comma-separated.")
    List<String> cases = List.of();

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("wave", wave.wave, "instrument", wave.instrument, "case", String.join(",", cases));
    }
}
