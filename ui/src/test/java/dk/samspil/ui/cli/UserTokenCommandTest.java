package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.ui.app.accounts.ApiTokens;
import dk.samspil.ui.app.accounts.UserAccount;
import dk.samspil.ui.app.accounts.UserAccounts;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** ./samspil user token: the token alone on stdout, once; only its hash in the data folder. */
class UserTokenCommandTest {

    private static final String PASSWORD = "korrekt hest batteri";

    @TempDir
    Path data;

    @Test
    void a_token_is_printed_once_alone_listed_without_its_text_and_revoked() throws Exception {
        Cli.ok(run(PASSWORD, "user", "add", "--username", "bo", "--role", "researcher", "--organisation", "aarhus"));
        Instant before = Instant.now();

        Cli.Result created = Cli.ok(run("", "user", "token", "create", "--username", "bo", "--days", "30", "--label", "R scripts"));
        assertThat(created.out()).matches("samspil_[A-Za-z0-9_-]{43}\n");
        String token = created.out().strip();
        assertThat(created.err()).contains("for bo, expires").contains("shown only this once");
        String id = created.err().split(" ")[1];

        Cli.Result listed = Cli.ok(run("", "user", "token", "list"));
        assertThat(listed.out()).startsWith("id ").doesNotContain(token.substring(8));
        assertThat(listed.out().lines().skip(1).toList()).singleElement().satisfies(line ->
                assertThat(line).startsWith(id).contains(" bo ").contains(" active ").endsWith("R scripts  "));
        JsonNode json = new ObjectMapper().readTree(Cli.ok(run("", "user", "token", "list", "--username", "bo", "--format", "json")).out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("id").asText()).isEqualTo(id);
        assertThat(json.get(0).get("status").asText()).isEqualTo("active");
        assertThat(json.get(0).get("label").asText()).isEqualTo("R scripts");
        assertThat(json.get(0).get("revoked_at").isNull()).isTrue();
        assertThat(Duration.between(Instant.parse(json.get(0).get("created_at").asText()),
                Instant.parse(json.get(0).get("expires_at").asText()))).isEqualTo(Duration.ofDays(30));
        assertThat(Instant.parse(json.get(0).get("created_at").asText())).isAfterOrEqualTo(before.minusSeconds(1));

        // the token's text is in no file of the data folder, and it opens bo's account
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as("%s", file)
                        .doesNotContain(token.substring(8));
            }
        }
        assertThat(store().account(token)).map(UserAccount::username).contains("bo");

        assertThat(Cli.ok(run("", "user", "token", "revoke", id)).out()).isEqualTo("token " + id + " of bo revoked\n");
        assertThat(store().account(token)).isEmpty();
        assertThat(Cli.ok(run("", "user", "token", "list", "--username", "bo")).out()).contains(" revoked ");
        // tokens are no part of the history
        assertThat(Cli.ok(run("", "log")).out()).doesNotContain("bo");
    }

    @Test
    void bad_requests_exit_1_with_the_reason_and_create_nothing() {
        Cli.ok(run(PASSWORD, "user", "add", "--username", "bo", "--role", "researcher", "--organisation", "aarhus"));
        Cli.refused(run("", "user", "token", "create", "--username", "bo", "--days", "0"), "--days must be 1 to 365, was 0");
        Cli.refused(run("", "user", "token", "create", "--username", "bo", "--days", "366"), "--days must be 1 to 365, was 366");
        Cli.refused(run("", "user", "token", "create", "--username", "nobody"), "there is no user 'nobody'");
        Cli.refused(run("", "user", "token", "revoke", "0123456789ab"), "there is no token '0123456789ab'");
        Cli.ok(run("", "user", "disable", "bo"));
        Cli.refused(run("", "user", "token", "create", "--username", "bo"), "user 'bo' is disabled");
        assertThat(Cli.ok(run("", "user", "token", "list")).out()).isEqualTo("no tokens\n");
        assertThat(run("", "user", "token").exit()).as("a group alone is a usage error").isEqualTo(2);
    }

    @Test
    void a_disabled_account_kills_its_token() {
        Cli.ok(run(PASSWORD, "user", "add", "--username", "bo", "--role", "researcher", "--organisation", "aarhus"));
        String token = Cli.ok(run("", "user", "token", "create", "--username", "bo")).out().strip();
        assertThat(store().account(token)).isPresent();
        Cli.ok(run("", "user", "disable", "bo"));
        assertThat(store().account(token)).isEmpty();
        assertThat(Cli.ok(run("", "user", "token", "list")).out()).contains(" account-disabled ");
    }

    private ApiTokens store() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + data.resolve("events/samspil"));
        return new ApiTokens(h2, new UserAccounts(h2), Clock.systemUTC());
    }

    private Cli.Result run(String stdin, String... args) {
        return Cli.run(data, stdin, args);
    }
}
