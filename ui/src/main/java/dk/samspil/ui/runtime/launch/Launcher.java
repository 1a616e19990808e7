package dk.samspil.ui.runtime.launch;

import dk.samspil.ui.SamspilApplication;
import dk.samspil.ui.runtime.storage.KeyStorageCompaction;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts the application for one command: with the web server for serve/demo, without it otherwise. */
public final class Launcher {

    private Launcher() {
    }

    public static ConfigurableApplicationContext start(Path data, Integer port) {
        return start(data, port, Map.of());
    }

    public static ConfigurableApplicationContext start(Path data, Integer port, Map<String, Object> extra) {
        // Axon prints a boxed advertisement for its hosted console at start otherwise
        System.setProperty("disable-axoniq-console-message", "true");
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("samspil.data", data.toString());
        boolean web = port != null;
        if (web) {
            properties.put("server.port", port);
            // nobody may be served before an admin can sign in
            properties.putIfAbsent("samspil.require-admin", "true");
        } else {
            // Vaadin's auto-configuration assumes a web application
            properties.put("spring.autoconfigure.exclude", String.join(",",
                    "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                    "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                    "com.vaadin.flow.spring.VaadinScopesConfig"));
        }
        // an erasure made while the application served asked for the embedded event store to be rewritten
        try {
            KeyStorageCompaction.runRequested(data);
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException("could not compact the event store an erasure asked to compact", e);
        }
        return new SpringApplicationBuilder(SamspilApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .properties(properties)
                .listeners(LoggingTurns.listeners().toArray(ApplicationListener[]::new))
                .run();
    }
}
