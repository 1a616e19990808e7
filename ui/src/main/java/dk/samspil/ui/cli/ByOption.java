package dk.samspil.ui.cli;

import picocli.CommandLine.Option;

/** The background attribute a report or analysis breaks its figures down by. */
final class ByOption {

    @Option(names = "--by", paramLabel = "ATTRIBUTE",
            description = "Also each subgroup of this attribute of study.json: a respondent attribute's value in the wave, "
                    + "a citizen attribute's on the measurement date (default: no breakdown).")
    String by;
}
