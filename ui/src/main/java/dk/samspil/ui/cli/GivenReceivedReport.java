package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

@Command(name = "given-received", mixinStandardHelpOptions = true,
        description = "Per group: how it rates the other groups (given) against how they rate it (received).")
final class GivenReceivedReport extends Report {

    @Mixin
    RelationalWave wave;

    @Mixin
    UnitOption unit;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("wave", wave.wave, "instrument", wave.instrument, "unit", unit.unit);
    }
}
