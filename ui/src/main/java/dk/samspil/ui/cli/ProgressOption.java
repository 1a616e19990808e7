package dk.samspil.ui.cli;

import picocli.CommandLine.Option;

/** --progress of the long commands, and the progress line it asks for. */
final class ProgressOption {

    @Option(names = "--progress", description = "Show progress also when not on a terminal, a line per update.")
    boolean forced;

    Terminal terminal() {
        return Terminal.system(forced);
    }
}
