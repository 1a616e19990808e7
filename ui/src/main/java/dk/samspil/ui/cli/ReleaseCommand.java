package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import dk.samspil.ui.app.reports.ReportOutput;
import dk.samspil.ui.app.reports.ReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Release a closed wave's figures to those who read only at release points (programme managers).",
                "Releases at once and records WaveReleased; run again after later events for a new release point.",
                "--dry-run shows the release review (what would be shown, withheld and why) and changes nothing."})
final class ReleaseCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--study", required = true, paramLabel = "S", description = "Study key.")
    String study;

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--dry-run", description = "Only review what the release would show and withhold.")
    boolean dryRun;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    ReportOutput.Format format;

    @Override
    public Integer call() throws Exception {
        ReportRequest request = new ReportRequest(study, null, null);
        Map<String, String> options = ReportCatalog.options("wave", wave, "dry-run", Boolean.toString(dryRun));
        System.out.print(Served.catalogue(data.folder(), "release", request, options, format));
        return 0;
    }
}
