package dk.samspil.ui.cli;

import dk.samspil.ui.app.accounts.UserAccounts;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class UserCommandTest {

    private static final String PASSWORD = "korrekt hest batteri";

    @TempDir
    Path data;

    @Test
    void accounts_are_added_listed_and_disabled_with_the_password_only_as_a_bcrypt_hash() throws Exception {
        assertThat(run("korrekt hest batteri", "user", "list").out()).contains("no users yet; create an admin");
        Cli.Result admin = run(PASSWORD, "user", "add", "--username", "anna", "--role", "admin");
        assertThat(admin.exit()).as(admin.err()).isZero();
        assertThat(admin.out()).isEqualTo("user anna added as admin\n");
        assertThat(run(PASSWORD, "user", "add", "--username", "bo", "--role", "programme-manager", "--organisation", "aarhus").exit())
                .isZero();
        assertThat(run(PASSWORD, "user", "add", "--username", "aau-data", "--role", "partner", "--partner", "aau").exit()).isZero();

        assertThat(run("", "user", "list").out()).isEqualTo("""
                aau-data                 partner for partner aau
                anna                     admin
                bo                       programme-manager of aarhus
                """);
        assertThat(run("", "user", "disable", "bo").out()).isEqualTo("user bo disabled\n");
        assertThat(run("", "user", "list").out()).contains("bo                       programme-manager of aarhus (disabled)");

        // only the hash is kept: it checks the password, and the clear text is in no file of the data folder
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as("%s", file).doesNotContain(PASSWORD);
            }
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + data.resolve("events/samspil"));
        UserAccounts accounts = new UserAccounts(h2);
        assertThat(accounts.signIn("anna", PASSWORD.toCharArray())).isPresent();
        assertThat(accounts.signIn("anna", "korrekt hest batteri!".toCharArray())).isEmpty();
        assertThat(accounts.signIn("bo", PASSWORD.toCharArray())).as("disabled").isEmpty();
        assertThat(accounts.hasAdmin()).isTrue();
        // accounts are no part of the history
        assertThat(run("", "log").out()).doesNotContain("anna");
    }

    @Test
    void bad_accounts_are_refused_with_the_reason_and_nothing_is_stored() {
        assertThat(run("short", "user", "add", "--username", "anna", "--role", "admin").err())
                .contains("the password must have at least 12 characters");
        assertThat(run(PASSWORD, "user", "add", "--username", "x", "--role", "boss").err())
                .contains("--role must be admin, researcher, programme-manager or partner, was 'boss'");
        assertThat(run(PASSWORD, "user", "add", "--username", "bo", "--role", "programme-manager", "--organisation", "a,b").err())
                .contains("must belong to exactly one organisation");
        assertThat(run(PASSWORD, "user", "add", "--username", "r", "--role", "researcher").err()).contains("a researcher needs --organisation");
        assertThat(run(PASSWORD, "user", "add", "--username", "p", "--role", "partner").err()).contains("names no partner");
        assertThat(run(PASSWORD, "user", "add", "--username", "Anna Hansen", "--role", "admin").err()).contains("a username is 2-64 of");
        assertThat(run("", "user", "disable", "nobody").err()).contains("there is no user 'nobody'");
        assertThat(run(PASSWORD, "user", "add", "--username", "anna", "--role", "admin").exit()).isZero();
        Cli.Result again = run(PASSWORD, "user", "add", "--username", "anna", "--role", "admin");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("there is already a user 'anna'");
        assertThat(run("", "user", "list").out()).isEqualTo("anna                     admin\n");
    }

    private Cli.Result run(String stdin, String... args) {
        return Cli.run(data, stdin, args);
    }
}
