package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "The dimension profile of a wave: the mean of each item, for everyone or one relation.")
final class ProfileReport extends Report {

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--instrument", defaultValue = "rk@1", paramLabel = "I", description = "Instrument (default: ${DEFAULT-VALUE}).")
    String instrument;

    @Option(names = "--rater", paramLabel = "GROUP", description = "Only respondents of this group.")
    String rater;

    @Option(names = "--target", paramLabel = "GROUP", description = "Only ratings of this group (relational instruments).")
    String target;

    @Mixin
    UnitOption unit;

    @Mixin
    ByOption by;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("wave", wave, "instrument", instrument, "rater", rater, "target", target, "unit", unit.unit, "by", by.by);
    }
}
