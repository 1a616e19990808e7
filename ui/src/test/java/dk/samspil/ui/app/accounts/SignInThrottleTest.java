package dk.samspil.ui.app.accounts;

import dk.samspil.ui.runtime.storage.EventStoreSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The lockout as the README documents it, counted in the database so every node sees the same. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final JdbcDataSource database = database();
    private final SignInThrottle throttle = new SignInThrottle(database, clock, new UserAccounts(database));

    @Test
    void five_wrong_passwords_for_a_name_lock_it_for_fifteen_minutes_after_slowing_it_from_the_fourth() {
        List<SignInThrottle.Verdict> verdicts = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            verdicts.add(throttle.check("anna", "10.0.0." + attempt));
            throttle.failed("anna", "10.0.0." + attempt);
        }
        assertThat(verdicts).extracting(SignInThrottle.Verdict::delay)
                .containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, SignInThrottle.DELAY, SignInThrottle.DELAY);
        assertThat(verdicts).noneMatch(SignInThrottle.Verdict::locked);
        assertThat(throttle.check("anna", "10.0.0.9").locked()).as("locked from any address").isTrue();
        assertThat(throttle.check("ANNA ", "10.0.0.9").locked()).as("however the name is typed").isTrue();
        assertThat(throttle.check("birgit", "10.0.0.9").locked()).as("another name").isFalse();

        clock.move(SignInThrottle.LOCK.minusSeconds(1));
        assertThat(throttle.check("anna", "10.0.0.9").locked()).isTrue();
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.check("anna", "10.0.0.9")).isEqualTo(new SignInThrottle.Verdict(false, Duration.ZERO));
        throttle.failed("anna", "10.0.0.9");
        assertThat(throttle.check("anna", "10.0.0.9").locked()).as("counting starts again after the lock").isFalse();
    }

    @Test
    void twenty_failures_from_one_address_lock_it_for_every_name() {
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(throttle.check("user" + attempt, "192.0.2.7").locked()).as("attempt %d", attempt).isFalse();
            throttle.failed("user" + attempt, "192.0.2.7");
        }
        assertThat(throttle.check("someone-new", "192.0.2.7").locked()).isTrue();
        assertThat(throttle.check("someone-new", "192.0.2.8").locked()).isFalse();
    }

    @Test
    void a_right_password_forgets_the_names_failures_and_failures_far_apart_never_add_up() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            throttle.failed("anna", "10.0.0.1");
        }
        throttle.succeeded("anna");
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.check("anna", "10.0.0.1").locked()).isFalse();
        for (int attempt = 1; attempt <= 6; attempt++) {
            clock.move(SignInThrottle.WINDOW.plusSeconds(1));
            throttle.failed("carl", "10.0.0.2");
        }
        assertThat(throttle.check("carl", "10.0.0.3")).isEqualTo(new SignInThrottle.Verdict(false, Duration.ZERO));
    }

    @Test
    void a_lock_counted_on_one_node_holds_on_another_and_the_table_keeps_no_typed_name() throws Exception {
        SignInThrottle otherNode = new SignInThrottle(database, clock, new UserAccounts(database));
        for (int attempt = 1; attempt <= 5; attempt++) {
            (attempt % 2 == 0 ? throttle : otherNode).failed("my secret password", "10.0.0.1");
        }
        assertThat(otherNode.check("my secret password", "10.0.0.5").locked()).isTrue();
        assertThat(throttle.check("my secret password", "10.0.0.5").locked()).isTrue();
        try (Connection c = database.getConnection(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT scope, key_hash, failures FROM sign_in_failure ORDER BY scope")) {
            List<String> seen = new ArrayList<>();
            while (rows.next()) {
                seen.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getInt(3));
            }
            assertThat(seen).hasSize(2).allMatch(row -> row.matches("(ACCOUNT|ADDRESS) [0-9a-f]{64} 5"));
        }
    }

    private static JdbcDataSource database() {
        try {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            EventStoreSchema.ensure(h2);
            return h2;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Time that a test moves on. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
