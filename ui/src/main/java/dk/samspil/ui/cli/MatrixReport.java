package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"The relation matrix of a wave: rows rate, columns are rated (measures.md).",
                "Cells with fewer than k respondents are suppressed."})
final class MatrixReport extends Report {

    @Mixin
    RelationalWave wave;

    @Mixin
    UnitOption unit;

    @Mixin
    ByOption by;

    @Override
    Map<String, String> options() {
        return ReportCatalog.options("wave", wave.wave, "instrument", wave.instrument, "unit", unit.unit, "by", by.by);
    }
}
