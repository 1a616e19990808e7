package dk.samspil.ui.cli;

import dk.samspil.projections.matrix.GivenReceived;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Locale;

@Command(name = "given-received", mixinStandardHelpOptions = true,
        description = "Per group: how it rates the other groups (given) against how they rate it (received).")
final class GivenReceivedReport extends Report {

    @Mixin
    RelationalWave wave;

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        GivenReceived result = reports.givenReceived(request, wave.wave, wave.instrument);
        Table table = new Table("group", "given_mean", "given_n", "received_mean", "received_n", "asymmetry");
        result.groups().forEach(g -> table.row(g.group(), g.given().mean(), g.given().n(), g.received().mean(),
                g.received().n(), g.asymmetry()));
        return Output.of(result, String.format(Locale.ROOT, "Given vs received: study %s, wave %s, %s, as of position %d, k = %d",
                result.study(), result.wave(), result.instrument(), result.asOfPosition(), result.k()), table);
    }
}
