package dk.samspil.ui.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One malformed bundle per kind of error (test resources malformed/, each with the message it must
 * produce in expected.txt): every one exits 1, names the file (and line and column where there is
 * one), and leaves the event store as it was.
 */
class MalformedBundlesTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void importAValidStudy() {
        Cli.Result valid = Cli.run("--data", data.toString(), "import", Cli.sample("lille").toString());
        assertThat(valid.exit()).as(valid.err()).isZero();
    }

    static Stream<Path> bundles() throws IOException {
        try (Stream<Path> cases = Files.list(Cli.sample("../malformed"))) {
            return cases.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void is_refused_with_a_precise_message_and_stores_nothing(Path bundle) throws Exception {
        String expected = Files.readString(bundle.resolve("expected.txt")).strip();
        Path input = Files.exists(bundle.resolve("bundle.zip")) ? bundle.resolve("bundle.zip") : bundle;
        long before = storedEvents();

        Cli.Result result = Cli.run("--data", data.toString(), "import", input.toString());

        assertThat(result.exit()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.err()).contains(expected);
        assertThat(storedEvents()).isEqualTo(before).isPositive();
    }

    private static long storedEvents() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("events/samspil") + ";ACCESS_MODE_DATA=r");
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM DomainEventEntry")) {
            r.next();
            return r.getLong(1);
        }
    }
}
