package dk.samspil.ui.cli;

import picocli.CommandLine.Option;

/** The unit a report is limited to, with the units below it (as the matrix view's filter). */
final class UnitOption {

    @Option(names = "--unit", paramLabel = "U", description = "Only respondents of this unit and the units below it (default: the whole study).")
    String unit;
}
