package dk.samspil.ui.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs ./samspil commands in-process, as the launcher would, and captures what they print. */
final class Cli {

    /** Serving without the Vaadin front end: the control endpoints are plain Spring MVC, and nobody needs to sign in. */
    static final Map<String, Object> WITHOUT_VAADIN = Map.of("spring.autoconfigure.exclude",
            "com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                    + "com.vaadin.flow.spring.VaadinScopesConfig", "samspil.require-admin", "false");

    record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            DataOptions.beforeCommand = null;
            int exit = SamspilCli.run(args);
            return new Result(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** A bundle from the test resources (copies of ../shared/samples; tests never read ../shared). */
    static Path sample(String name) {
        try {
            return Path.of(Cli.class.getResource("/samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
