package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.ImportSummary;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.ui.app.accounts.SignInAccounts;
import dk.samspil.ui.app.accounts.UserAccount;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.runtime.demo.DemoStudy;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the bundled synthetic demo study (once) and start the web application.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        ConfigurableApplicationContext app = Launcher.start(options.folder(), port, java.util.Map.of("samspil.demo-users", "true"));
        ReadModelSync sync = app.getBean(ReadModelSync.class);
        sync.awaitCaughtUp(Duration.ofMinutes(10), at -> { });
        if (app.getBean(StudyCatalog.class).study(StudyId.of(DemoStudy.STUDY), AsOf.LATEST).isEmpty()) {
            List<ImportSummary> loaded = DemoStudy.load(app.getBean(BundleImporter.class));
            sync.awaitCaughtUp(Duration.ofMinutes(10), at -> { });
            System.out.println("Loaded the synthetic demo study: " + loaded.getFirst().describe() + "; then " + loaded.getLast().describe());
        }
        if (app.getBean(UserAccounts.class).find("demo-admin").filter(UserAccount::enabled).isPresent()) {
            System.out.println("Sign in as demo-admin with the password " + SignInAccounts.DEMO_PASSWORD
                    + " (the other demo accounts are in the README).");
        }
        ServeCommand.announce(app, options);
        ServeCommand.awaitShutdown(app);
        return 0;
    }
}
