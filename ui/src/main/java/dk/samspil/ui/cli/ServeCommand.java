package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web application.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ServeOptions options;

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext app = Launcher.start(options.data.folder(), options.port);
        announce(app, options.data);
        awaitShutdown(app);
        return 0;
    }

    static void announce(ConfigurableApplicationContext app, DataOptions options) {
        // --port 0 lets the system pick one
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        System.out.printf("Samspil is serving http://localhost:%d (data in %s). Stop it with Ctrl+C.%n", port, options.folder());
    }

    /** Blocks until the application closes (Ctrl+C closes it through the JVM's shutdown hook). */
    static void awaitShutdown(ConfigurableApplicationContext app) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        app.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (app.isActive()) {
            closed.await();
        }
    }
}
