package dk.samspil.ui.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that start the web application. */
final class ServeOptions {

    @Mixin
    DataOptions data;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;
}
