package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.ui.runtime.storage.EventStoreSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The account additions and the lockout on PostgreSQL, from a table made by the schema before them. */
class AccountsOnPostgresTest {

    @Test
    void an_old_account_table_is_upgraded_and_locks_and_identity_accounts_work_on_postgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = postgres.getPostgresDatabase();
            try (Connection c = database.getConnection()) {
                c.createStatement().execute("""
                        CREATE TABLE app_user (username VARCHAR(64) PRIMARY KEY, password_hash VARCHAR(100) NOT NULL,
                            role VARCHAR(32) NOT NULL, organisations VARCHAR(4000) NOT NULL, partner VARCHAR(64),
                            enabled BOOLEAN NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL)""");
            }
            UserAccounts accounts = new UserAccounts(database);
            accounts.add(new Principal("anna", Role.ADMIN, Set.of(), Optional.empty()), "korrekt hest batteri".toCharArray());
            EventStoreSchema.ensure(database);
            EventStoreSchema.ensure(database);
            assertThat(accounts.signIn("anna", "korrekt hest batteri".toCharArray())).isPresent();

            new IdentityAccounts(accounts, SignInSettings.defaults()).signIn("https://idp.example.dk", "sub-1", Map.of("preferred_username", "bo"));
            assertThat(accounts.waiting()).extracting(UserAccounts.Waiting::username).containsExactly("bo");

            SignInThrottleTest.MovableClock clock = new SignInThrottleTest.MovableClock(Instant.parse("2026-12-02T10:00:00Z"));
            SignInThrottle node1 = new SignInThrottle(database, clock, accounts);
            SignInThrottle node2 = new SignInThrottle(database, clock, accounts);
            for (int attempt = 1; attempt <= SignInThrottle.ACCOUNT_LOCK_AT; attempt++) {
                (attempt % 2 == 0 ? node1 : node2).failed("anna", "10.0.0.1");
            }
            assertThat(node1.check("anna", "10.0.0.2").locked()).isTrue();
            clock.move(SignInThrottle.LOCK);
            assertThat(node2.check("anna", "10.0.0.2").locked()).isFalse();
        }
    }
}
