package dk.samspil.ui.app.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Slows and then locks repeated wrong passwords, per typed username and per address (README, "Signing in").
 * The counts live in the event-store database, so every node of an installation sees the same ones; a name
 * that has no account is counted exactly like one that has, so a lock tells nobody whether an account exists.
 */
@Component
public class SignInThrottle {

    /** Failures of one name within {@link #WINDOW} before each further attempt is slowed, and before it is locked. */
    public static final int ACCOUNT_SLOW_AFTER = 3;
    public static final int ACCOUNT_LOCK_AT = 5;
    /** One address may try many names (a shared office network), so it gets more room. */
    public static final int ADDRESS_SLOW_AFTER = 10;
    public static final int ADDRESS_LOCK_AT = 20;
    /** Failures further apart than this start counting again; a lock lasts as long. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** How much later a slowed or locked attempt is answered (before its password is checked, right or wrong). */
    public static final Duration DELAY = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    private enum Scope { ACCOUNT, ADDRESS }

    /** Whether an attempt may be checked at all, and how much later to answer it. */
    public record Verdict(boolean locked, Duration delay) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final UserAccounts accounts;

    /** Takes the accounts so that it is made once the schema (and with it its table) is, and to tell names from typos. */
    public SignInThrottle(DataSource dataSource, Clock clock, UserAccounts accounts) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** Asked before the password is checked: a locked name or address is refused whatever the password. */
    public Verdict check(String username, String address) {
        Instant now = clock.instant();
        Counted name = read(Scope.ACCOUNT, username, now);
        Counted from = read(Scope.ADDRESS, address, now);
        boolean locked = name.lockedAt(now) || from.lockedAt(now);
        if (locked) {
            LOG.warn("sign-in refused as locked for {} from {}", shown(username), address);
        }
        return new Verdict(locked, locked || name.failures >= ACCOUNT_SLOW_AFTER || from.failures >= ADDRESS_SLOW_AFTER ? DELAY : Duration.ZERO);
    }

    /** Records a wrong password or an unknown name, with a log line that names both but never the password. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        int byName = count(Scope.ACCOUNT, username, ACCOUNT_LOCK_AT, now);
        int byAddress = count(Scope.ADDRESS, address, ADDRESS_LOCK_AT, now);
        LOG.warn("sign-in failed for {} from {}: failure {} of the name, {} of the address", shown(username), address, byName, byAddress);
    }

    /** A right password forgets the name's failures; the address keeps its own, as it may be trying other names. */
    public void succeeded(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM sign_in_failure WHERE scope = ? AND key_hash = ?")) {
            s.setString(1, Scope.ACCOUNT.name());
            s.setString(2, hash(Scope.ACCOUNT, username));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the sign-in failures", e);
        }
    }

    private record Counted(int failures, Instant lockedUntil) {
        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private Counted read(Scope scope, String key, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT failures, last_failed_at, locked_until FROM sign_in_failure WHERE scope = ? AND key_hash = ?")) {
            s.setString(1, scope.name());
            s.setString(2, hash(scope, key));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return new Counted(0, null);
                }
                OffsetDateTime lockedUntil = r.getObject(3, OffsetDateTime.class);
                boolean stale = !r.getObject(2, OffsetDateTime.class).toInstant().isAfter(now.minus(WINDOW));
                return new Counted(stale ? 0 : r.getInt(1), lockedUntil == null ? null : lockedUntil.toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sign-in failures", e);
        }
    }

    /** Counts one more failure in one transaction, the row locked, so concurrent nodes never lose a count. */
    private int count(Scope scope, String key, int lockAt, Instant now) {
        String hash = hash(scope, key);
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        for (int attempt = 0; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    Counted before = lockedRow(c, scope, hash, now);
                    int failures = before == null ? 1 : before.failures + 1;
                    OffsetDateTime lockedUntil = failures >= lockAt ? at.plus(LOCK) : null;
                    try (PreparedStatement s = c.prepareStatement(before == null
                            ? "INSERT INTO sign_in_failure (failures, last_failed_at, locked_until, scope, key_hash) VALUES (?, ?, ?, ?, ?)"
                            : "UPDATE sign_in_failure SET failures = ?, last_failed_at = ?, locked_until = ? WHERE scope = ? AND key_hash = ?")) {
                        s.setInt(1, failures);
                        s.setObject(2, at);
                        s.setObject(3, lockedUntil);
                        s.setString(4, scope.name());
                        s.setString(5, hash);
                        s.executeUpdate();
                    }
                    c.commit();
                    return failures;
                } catch (SQLException e) {
                    c.rollback();
                    // another node inserted the first failure at the same moment: count on its row
                    if (attempt > 0 || e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                        throw e;
                    }
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot record the sign-in failure", e);
            }
        }
    }

    private static Counted lockedRow(Connection c, Scope scope, String hash, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT failures, last_failed_at FROM sign_in_failure WHERE scope = ? AND key_hash = ? FOR UPDATE")) {
            s.setString(1, scope.name());
            s.setString(2, hash);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                boolean stale = !r.getObject(2, OffsetDateTime.class).toInstant().isAfter(now.minus(WINDOW));
                return new Counted(stale ? 0 : r.getInt(1), null);
            }
        }
    }

    /** Names are counted as typed but case-insensitively; only a SHA-256 is kept, never what was typed. */
    private static String hash(Scope scope, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((scope.name() + ":" + key.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /**
     * A typed name as a log line shows it: an account's name as it is, any other name only as the start of its hash
     * (the same in every line about it), since it may be a password typed into the wrong field.
     */
    private String shown(String typed) {
        String name = typed.strip().toLowerCase(Locale.ROOT);
        return accounts.exists(name) ? "'" + name + "'" : "an unknown name (#" + hash(Scope.ACCOUNT, typed).substring(0, 8) + ")";
    }
}
