package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.runtime.storage.EventStoreSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token store on both databases the event store runs on, with a clock the test moves. */
class ApiTokensTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private static final char[] PASSWORD = "korrekt hest batteri".toCharArray();

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        EventStoreSchema.ensure(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    /** A fresh store per test: H2 in memory, or a fresh PostgreSQL schema with the same tables. */
    private record Store(ApiTokens tokens, UserAccounts accounts, MovingClock clock, JdbcTemplate jdbc) {
    }

    private static Store store(String database) throws Exception {
        DataSource dataSource;
        if (database.equals("h2")) {
            JdbcDataSource memory = new JdbcDataSource();
            memory.setURL("jdbc:h2:mem:tokens-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            dataSource = memory;
        } else {
            dataSource = postgres.getPostgresDatabase();
            new JdbcTemplate(dataSource).execute("DELETE FROM api_token; DELETE FROM app_user");
        }
        EventStoreSchema.ensure(dataSource);
        UserAccounts accounts = new UserAccounts(dataSource);
        accounts.add(new Principal("anna", Role.ADMIN, Set.of(), Optional.empty()), PASSWORD);
        accounts.add(new Principal("bo", Role.RESEARCHER, Set.of(TenantId.of("aarhus")), Optional.empty()), PASSWORD);
        MovingClock clock = new MovingClock(START);
        return new Store(new ApiTokens(dataSource, accounts, clock), accounts, clock, new JdbcTemplate(dataSource));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_created_token_opens_its_account_and_only_its_hash_is_stored(String database) throws Exception {
        Store store = store(database);
        IssuedToken issued = store.tokens().create("bo", "  R scripts ", Duration.ofDays(30));

        assertThat(issued.token()).matches("samspil_[A-Za-z0-9_-]{43}");
        assertThat(issued.toString()).doesNotContain(issued.token().substring(8));
        assertThat(issued.info()).isEqualTo(new ApiToken(issued.info().id(), "bo", "R scripts", START, START.plus(Duration.ofDays(30)),
                null, null));
        assertThat(store.tokens().account(issued.token())).map(UserAccount::username).contains("bo");
        assertThat(store.tokens().list("bo")).extracting(ApiToken::id).containsExactly(issued.info().id());

        List<Map<String, Object>> rows = store.jdbc().queryForList("SELECT * FROM api_token");
        assertThat(rows).hasSize(1);
        String secret = issued.token().substring(ApiTokens.PREFIX.length());
        assertThat(rows.getFirst().values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(secret));
        assertThat(rows.getFirst().get("token_hash").toString()).isEqualTo(ApiTokens.hash(issued.token()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void revoked_expired_and_unknown_tokens_open_nothing(String database) throws Exception {
        Store store = store(database);
        IssuedToken revoked = store.tokens().create("bo", "old laptop", Duration.ofDays(90));
        store.clock().advance(Duration.ofMinutes(1));
        IssuedToken expiring = store.tokens().create("bo", "one day", Duration.ofDays(1));
        store.clock().advance(Duration.ofMinutes(1));
        IssuedToken kept = store.tokens().create("anna", "", ApiTokens.DEFAULT_LIFETIME);

        store.tokens().revoke(revoked.info().id());
        assertThat(store.tokens().account(revoked.token())).isEmpty();
        assertThat(store.tokens().account(expiring.token())).isPresent();

        store.clock().advance(Duration.ofDays(1).minusMinutes(1).minusMillis(1));
        assertThat(store.tokens().account(expiring.token())).as("a moment before its end").isPresent();
        store.clock().advance(Duration.ofMillis(1));
        assertThat(store.tokens().account(expiring.token())).as("expires at the end of its lifetime").isEmpty();
        assertThat(store.tokens().account(kept.token())).isPresent();

        String unknown = "samspil_" + "A".repeat(43);
        String oneCharChanged = kept.token().substring(0, kept.token().length() - 1)
                + (kept.token().endsWith("A") ? "B" : "A");
        for (String garbage : new String[]{unknown, oneCharChanged, null, "", "Bearer " + kept.token(), kept.token() + " ",
                kept.token().substring(8), "samspil_' OR '1'='1", "x".repeat(100_000), kept.token().toUpperCase()}) {
            assertThat(store.tokens().account(garbage)).as("%.60s", garbage).isEmpty();
        }

        Instant now = store.clock().instant();
        assertThat(store.tokens().list(null)).extracting(ApiToken::username, ApiToken::label, t -> t.status(now)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("anna", "", ApiToken.Status.ACTIVE),
                org.assertj.core.groups.Tuple.tuple("bo", "old laptop", ApiToken.Status.REVOKED),
                org.assertj.core.groups.Tuple.tuple("bo", "one day", ApiToken.Status.EXPIRED));
        assertThat(store.tokens().find(revoked.info().id()).orElseThrow().revokedAt()).isEqualTo(START.plus(Duration.ofMinutes(2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_disabled_account_kills_its_tokens_and_gets_no_new_ones(String database) throws Exception {
        Store store = store(database);
        IssuedToken issued = store.tokens().create("bo", "notebook", Duration.ofDays(90));
        store.accounts().disable("bo");

        assertThat(store.tokens().account(issued.token())).isEmpty();
        assertThatThrownBy(() -> store.tokens().create("bo", "again", Duration.ofDays(90)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("user 'bo' is disabled");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void unfit_requests_are_refused_and_store_nothing(String database) throws Exception {
        Store store = store(database);
        assertThatThrownBy(() -> store.tokens().create("nobody", "x", Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no user 'nobody'");
        assertThatThrownBy(() -> store.tokens().create("bo", "x", Duration.ofDays(366)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a token lives 1 to 365 days, was 366 days");
        assertThatThrownBy(() -> store.tokens().create("bo", "x", Duration.ofHours(23)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a token lives 1 to 365 days, was PT23H");
        assertThatThrownBy(() -> store.tokens().create("bo", "x".repeat(101), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 100 characters");
        assertThatThrownBy(() -> store.tokens().create("bo", "two\nlines", Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a token's label is one line of text");
        assertThatThrownBy(() -> store.tokens().revoke("0123456789ab"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no token '0123456789ab'");
        assertThat(store.tokens().list(null)).isEmpty();
        assertThat(store.tokens().create("bo", "x", Duration.ofDays(365)).info().expiresAt()).isEqualTo(START.plus(Duration.ofDays(365)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void last_use_is_written_at_most_once_a_minute(String database) throws Exception {
        Store store = store(database);
        IssuedToken issued = store.tokens().create("bo", "busy", Duration.ofDays(90));
        String id = issued.info().id();

        store.clock().advance(Duration.ofSeconds(5));
        store.tokens().account(issued.token());
        assertThat(store.tokens().find(id).orElseThrow().lastUsedAt()).isEqualTo(START.plusSeconds(5));

        store.clock().advance(Duration.ofSeconds(50));
        store.tokens().account(issued.token());
        assertThat(store.tokens().find(id).orElseThrow().lastUsedAt()).as("within the minute").isEqualTo(START.plusSeconds(5));

        store.clock().advance(Duration.ofSeconds(20));
        store.tokens().account(issued.token());
        assertThat(store.tokens().find(id).orElseThrow().lastUsedAt()).isEqualTo(START.plusSeconds(75));
    }

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
