package dk.samspil.ui.cli;

import picocli.CommandLine.Option;

/** The wave and relational instrument a matrix-like report or analysis reads. */
final class RelationalWave {

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    @Option(names = "--instrument", defaultValue = "rk@1", paramLabel = "I", description = "Relational instrument (default: ${DEFAULT-VALUE}).")
    String instrument;
}
