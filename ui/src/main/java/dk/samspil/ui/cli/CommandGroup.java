package dk.samspil.ui.cli;

import picocli.CommandLine;

/** A command that gathers others: given alone, it is a usage error that says what to give. */
abstract class CommandGroup implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final String hint;

    CommandGroup(String hint) {
        this.hint = hint;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), hint);
    }
}
