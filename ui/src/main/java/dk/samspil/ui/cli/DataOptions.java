package dk.samspil.ui.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every command takes. */
public final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the event store and read model (default: $SAMSPIL_DATA, else ./data).")
    Path data;

    /** --data given before the command name (samspil --data DIR import ...). */
    static volatile Path beforeCommand;

    Path folder() {
        Path given = data != null ? data : beforeCommand;
        if (given != null) {
            return given.toAbsolutePath().normalize();
        }
        String fromEnvironment = System.getenv("SAMSPIL_DATA");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "data" : fromEnvironment).toAbsolutePath().normalize();
    }
}
