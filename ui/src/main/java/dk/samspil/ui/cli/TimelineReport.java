package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "A study's dated facts on one axis: waves, process steps, interventions and organisational changes.")
final class TimelineReport extends Report {

    @Mixin
    UnitOption unit;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("unit", unit.unit);
    }
}
