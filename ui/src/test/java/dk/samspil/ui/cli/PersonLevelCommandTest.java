package dk.samspil.ui.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ./samspil user person-level: an admin grants and revokes a researcher's person-level access as events;
 * a replay rebuilds grants and release points once each.
 */
class PersonLevelCommandTest {

    private static final String PASSWORD = "korrekt hest batteri";

    @TempDir
    Path data;

    @Test
    void grants_and_revokes_as_events_refuses_what_cannot_hold_and_survives_a_replay() {
        Cli.ok(run("", "import", Cli.sample("mini").toString()));
        Cli.ok(run(PASSWORD, "user", "add", "--username", "bo", "--role", "researcher", "--organisation", "eksempel-kommune"));
        Cli.ok(run(PASSWORD, "user", "add", "--username", "lis", "--role", "programme-manager", "--organisation", "eksempel-kommune"));
        assertThat(Cli.ok(run("", "user", "person-level")).out()).startsWith("no person-level grants");

        assertThat(Cli.ok(run("", "user", "person-level", "--username", "bo", "--organisation", "eksempel-kommune")).out())
                .isEqualTo("person-level access to eksempel-kommune granted to bo\n");
        assertThat(Cli.ok(run("", "user", "person-level")).out()).contains("bo").contains("eksempel-kommune (granted by command line)");
        Cli.refused(run("", "user", "person-level", "--username", "bo", "--organisation", "eksempel-kommune"),
                "bo already has person-level access to eksempel-kommune");
        Cli.refused(run("", "user", "person-level", "--username", "lis", "--organisation", "eksempel-kommune"),
                "lis is no researcher of eksempel-kommune");
        Cli.refused(run("", "user", "person-level", "--username", "bo", "--organisation", "anden"), "bo is no researcher of anden");
        Cli.refused(run("", "user", "person-level", "--username", "nobody", "--organisation", "anden"), "no account 'nobody'");
        Cli.refused(run("", "user", "person-level", "--username", "bo", "--organisation", "Æ"), "--organisation must be a key");
        assertThat(Cli.ok(run("", "log", "--study", "mini", "--limit", "1")).out()).doesNotContain("person-level");

        Cli.ok(run("", "release", "--study", "mini", "--wave", "w0"));
        String before = rows();
        Cli.ok(run("", "replay"));
        assertThat(rows()).as("release points and grants after a replay").isEqualTo("1 1 0");
        // release decisions are derived, made again when first read
        Cli.ok(run("", "release", "--study", "mini", "--wave", "w0", "--dry-run"));
        assertThat(rows()).isEqualTo(before).startsWith("1 1 ");

        assertThat(Cli.ok(run("", "user", "person-level", "--username", "bo", "--organisation", "eksempel-kommune", "--revoke")).out())
                .isEqualTo("person-level access to eksempel-kommune revoked from bo\n");
        assertThat(Cli.ok(run("", "user", "person-level")).out()).startsWith("no person-level grants");
        Cli.refused(run("", "user", "person-level", "--username", "bo", "--organisation", "eksempel-kommune", "--revoke"),
                "bo has no person-level access to eksempel-kommune");
    }

    private String rows() {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("data/readmodel.duckdb"), readOnly);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM wave_release) || ' ' || (SELECT count(*) FROM person_level_grant)"
                     + " || ' ' || (SELECT count(*) FROM release_figure)")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cli.Result run(String stdin, String... args) {
        return Cli.run(data.resolve("data"), stdin, args);
    }
}
