package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import dk.samspil.ui.app.reports.ReportOutput;
import dk.samspil.ui.app.reports.ReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "fieldwork", mixinStandardHelpOptions = true,
        description = {"A wave's fieldwork while it is open: links answered of links issued per unit and per group, the",
                "mails sent, failed, bounced and uncertain per unit, and per relation cell how many raters it has against k.",
                "Counts only. Asks the running application when one serves the data folder."})
final class FieldworkCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    WaveOptions target;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    ReportOutput.Format format;

    @Override
    public Integer call() throws Exception {
        System.out.print(Served.catalogue(data.folder(), "fieldwork", new ReportRequest(target.study().value(), null, null),
                ReportCatalog.options("wave", target.wave().value()), format));
        return 0;
    }
}
