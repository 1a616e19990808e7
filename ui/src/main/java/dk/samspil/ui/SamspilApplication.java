package dk.samspil.ui;

import dk.samspil.ui.cli.SamspilCli;
import dk.samspil.ui.runtime.settings.SamspilProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Samspil: the web application and the ./samspil command line in one jar. */
@SpringBootApplication
@EnableConfigurationProperties(SamspilProperties.class)
public class SamspilApplication {

    public static void main(String[] args) {
        // the machines this runs on have no internet: Axon must not try to phone home
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.exit(SamspilCli.run(args));
    }
}
