package dk.samspil.ui.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Runs a command on a data folder with {@code stdin} as its standard input (one line: a password, say). */
    static Result run(Path data, String stdin, String... args) {
        InputStream in = System.in;
        try {
            System.setIn(new ByteArrayInputStream((stdin + "\n").getBytes(StandardCharsets.UTF_8)));
            return run(Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new));
        } finally {
            System.setIn(in);
        }
    }

    /** The result of a command that must succeed; its error output says why when it did not. */
    static Result ok(Result result) {
        assertThat(result.exit()).as(result.err()).isZero();
        return result;
    }

    /** A command refused with exit 1, saying why on standard error and nothing on standard output. */
    static void refused(Result result, String reason) {
        assertThat(result.exit()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).contains(reason);
        assertThat(result.out()).isEmpty();
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
