package dk.samspil.ui.runtime.storage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

/**
 * Request allowances as token buckets in the event-store database, so that every node serving the
 * same database counts the same requests: each bucket refills at {@code perSecond} and holds at
 * most {@code burst} requests.
 */
public final class RequestBuckets {

    /** Whether a request may go on, and if not, how long until it may. */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final double perSecond;
    private final double burst;

    public RequestBuckets(DataSource dataSource, Clock clock, double perSecond, double burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("samspil.api.requests-per-second must be above 0 and the burst at least 1, were "
                    + perSecond + " and " + burst);
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** @param bucket whose allowance a request uses, a 64-character key such as a token's hash */
    public Decision take(String bucket) {
        try {
            return takeOnce(bucket);
        } catch (SQLException firstInsertRace) {
            // another node created the bucket at the same moment: it exists now, so the second try updates it
            try {
                return takeOnce(bucket);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the request", e);
            }
        }
    }

    private Decision takeOnce(String bucket) throws SQLException {
        long now = clock.millis();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Decision decision = decide(c, bucket, now);
                c.commit();
                return decision;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private Decision decide(Connection c, String bucket, long now) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT tokens, refreshed_at FROM request_bucket WHERE bucket = ? FOR UPDATE")) {
            read.setString(1, bucket);
            try (ResultSet r = read.executeQuery()) {
                if (!r.next()) {
                    write(c, "INSERT INTO request_bucket (tokens, refreshed_at, bucket) VALUES (?, ?, ?)", burst - 1, now, bucket);
                    return new Decision(true, Duration.ZERO);
                }
                double elapsed = Math.max(0, now - r.getLong(2)) / 1000.0;
                double tokens = Math.min(burst, r.getDouble(1) + elapsed * perSecond);
                if (tokens < 1) {
                    write(c, "UPDATE request_bucket SET tokens = ?, refreshed_at = ? WHERE bucket = ?", tokens, now, bucket);
                    return new Decision(false, Duration.ofMillis((long) Math.ceil((1 - tokens) / perSecond * 1000)));
                }
                write(c, "UPDATE request_bucket SET tokens = ?, refreshed_at = ? WHERE bucket = ?", tokens - 1, now, bucket);
                return new Decision(true, Duration.ZERO);
            }
        }
    }

    private static void write(Connection c, String sql, double tokens, long at, String bucket) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDouble(1, tokens);
            s.setLong(2, at);
            s.setString(3, bucket);
            s.executeUpdate();
        }
    }
}
