package dk.samspil.ui.cli;

import dk.samspil.domain.intake.BundleRejected;
import dk.samspil.ui.app.accounts.SignInAccounts;
import dk.samspil.ui.runtime.storage.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The ./samspil command line (../shared/cli.md): 0 on success, 1 on bad input, 2 on usage errors. */
@Command(name = "samspil", mixinStandardHelpOptions = true,
        versionProvider = SamspilCli.Version.class,
        description = "Longitudinal research repository for relational capacity (relationel kapacitet).",
        subcommands = {ServeCommand.class, DemoCommand.class, ImportCommand.class, ReportCommand.class,
                ExportCommand.class, PartnerCommand.class, EraseCommand.class, UserCommand.class, LogCommand.class, ReplayCommand.class,
                BackupCommand.class, RestoreCommand.class, AnalyzeCommand.class, BenchCommand.class, InviteCommand.class, RemindCommand.class, ReplaceLinkCommand.class, ScheduleCommand.class, TemplateCommand.class, FieldworkCommand.class, ReleaseCommand.class})
public final class SamspilCli extends CommandGroup {

    public SamspilCli() {
        super("a command is required");
    }

    @CommandLine.Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the event store and read model (default: $SAMSPIL_DATA, else ./data).")
    void data(java.nio.file.Path folder) {
        DataOptions.beforeCommand = folder;
    }

    /** Whether an unexpected failure prints its stack trace (otherwise one line says how to see it). */
    private static volatile boolean debug;

    @CommandLine.Option(names = "--debug", description = "On an unexpected failure, print its full detail (stack trace).")
    void debug(boolean on) {
        debug = on;
    }

    /** Runs a command line and returns its exit code; serve and demo return only when the server stops. */
    public static int run(String... args) {
        debug = false;
        CommandLine cli = new CommandLine(new SamspilCli());
        cli.setExecutionExceptionHandler(SamspilCli::failed);
        return cli.execute(args);
    }

    private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        Throwable cause = rootCause(e);
        if (cause instanceof BundleRejected rejected) {
            err.print(rejected.report().render());
        } else if (cause instanceof BadInput || cause instanceof IllegalArgumentException || cause instanceof SignInAccounts.NoAdmin
                || cause instanceof DataDirectory.DataDirectoryInUse || cause instanceof java.nio.file.NoSuchFileException
                || cause instanceof java.io.FileNotFoundException) {
            err.println("samspil " + cli.getCommandName() + ": " + cause.getMessage());
        } else if (debug) {
            err.println("samspil " + cli.getCommandName() + " failed:");
            e.printStackTrace(err);
        } else {
            // the detail may name classes, SQL or data: only --debug shows it
            err.println("samspil " + cli.getCommandName() + " failed unexpectedly; run it again as ./samspil --debug "
                    + cli.getCommandName() + " ... to see why");
        }
        err.flush();
        return 1;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable at = e;
        while (at.getCause() != null && at.getCause() != at && !(at instanceof BundleRejected) && !(at instanceof BadInput)) {
            at = at.getCause();
        }
        return at;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SamspilCli.class.getPackage().getImplementationVersion();
            return new String[]{"samspil " + (version == null ? "development build" : version)};
        }
    }
}
