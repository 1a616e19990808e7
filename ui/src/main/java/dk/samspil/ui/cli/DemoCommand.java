package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.ui.app.accounts.SignInAccounts;
import dk.samspil.ui.runtime.demo.DemoSetup;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the bundled synthetic demo study (once) and start the web application.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    ServeOptions options;

    @Override
    public Integer call() throws Exception {
        ConfigurableApplicationContext app = Launcher.start(options.data.folder(), options.port, java.util.Map.of("samspil.demo-users", "true"));
        DemoSetup.Ready ready = app.getBean(DemoSetup.class).prepare();
        if (!ready.loaded().isEmpty()) {
            System.out.println("Loaded the synthetic demo study: " + ready.loaded().getFirst().describe() + "; then "
                    + ready.loaded().getLast().describe());
        }
        if (ready.demoAdmin()) {
            System.out.println("Sign in as demo-admin with the password " + SignInAccounts.DEMO_PASSWORD
                    + " (the other demo accounts are in the README).");
        }
        ServeCommand.announce(app, options.data);
        ServeCommand.awaitShutdown(app);
        return 0;
    }
}
