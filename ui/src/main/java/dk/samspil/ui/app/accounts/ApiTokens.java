package dk.samspil.ui.app.accounts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Personal API tokens in the event-store database, beside the sign-in accounts: settings, never
 * events. Like questionnaire links, only a token's SHA-256 is stored, so the table cannot be turned
 * back into working tokens; a token is found by its hash, never by comparing secrets.
 */
public final class ApiTokens {

    /** Makes a token recognisable in a config file or a secret scanner. */
    public static final String PREFIX = "samspil_";
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    public static final Duration MAX_LIFETIME = Duration.ofDays(365);
    public static final int MAX_LABEL_LENGTH = 100;
    private static final Duration MIN_LIFETIME = Duration.ofDays(1);
    /** last_used_at is a hint for the owner, so a busy token is written at most once a minute, not per request. */
    private static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);
    private static final int SECRET_BYTES = 32;
    private static final Pattern FORM = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, username, label, created_at, expires_at, revoked_at, last_used_at";

    private final JdbcTemplate jdbc;
    private final UserAccounts accounts;
    private final Clock clock;

    public ApiTokens(DataSource dataSource, UserAccounts accounts, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Creates a token for the account; the returned text is its only copy.
     *
     * @throws IllegalArgumentException for an unknown or disabled account, a lifetime outside 1..365 days or an unfit label
     */
    public IssuedToken create(String username, String label, Duration lifetime) {
        if (lifetime == null || lifetime.compareTo(MIN_LIFETIME) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("a token lives 1 to 365 days, was " + (lifetime == null ? "none" : days(lifetime)));
        }
        String fitLabel = label(label);
        UserAccount account = accounts.find(username)
                .orElseThrow(() -> new IllegalArgumentException("there is no user '" + username + "'"));
        if (!account.enabled()) {
            throw new IllegalArgumentException("user '" + username + "' is disabled");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random(SECRET_BYTES));
        ApiToken info = new ApiToken(HexFormat.of().formatHex(random(6)), username, fitLabel, now, now.plus(lifetime), null, null);
        jdbc.update("INSERT INTO api_token (" + COLUMNS + ", token_hash) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)",
                info.id(), info.username(), info.label(), utc(info.createdAt()), utc(info.expiresAt()), hash(token));
        return new IssuedToken(token, info);
    }

    /** Every token of the user, or of everybody for null: revoked and expired ones too, by user and then age. */
    public List<ApiToken> list(String usernameOrNullForAll) {
        if (usernameOrNullForAll == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM api_token ORDER BY username, created_at, id", ApiTokens::row);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE username = ? ORDER BY created_at, id", ApiTokens::row,
                usernameOrNullForAll);
    }

    public Optional<ApiToken> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE id = ?", ApiTokens::row, id).stream().findFirst();
    }

    /**
     * Revokes the token for good; revoking it again keeps the first time.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public void revoke(String id) {
        if (jdbc.update("UPDATE api_token SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?", utc(clock.instant()), id) == 0) {
            throw new IllegalArgumentException("there is no token '" + id + "'");
        }
    }

    /**
     * The enabled account a presented token speaks for, when the token is known, unrevoked and
     * unexpired; empty for anything else, malformed text included.
     */
    public Optional<UserAccount> account(String presentedToken) {
        if (presentedToken == null || presentedToken.length() != PREFIX.length() + 43 || !FORM.matcher(presentedToken).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        RowMapper<Use> use = (r, row) -> new Use(r.getString(1), r.getString(2), instant(r, 3));
        Optional<Use> found = jdbc.query("""
                        SELECT t.id, t.username, t.last_used_at FROM api_token t JOIN app_user u ON u.username = t.username
                        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.enabled""",
                use, hash(presentedToken), utc(now)).stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant recent = now.minus(LAST_USED_GRAIN);
        if (found.get().lastUsedAt() == null || found.get().lastUsedAt().isBefore(recent)) {
            // the condition lets only one of several simultaneous requests write
            jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                    utc(now), found.get().id(), utc(recent));
        }
        return accounts.find(found.get().username()).filter(UserAccount::enabled);
    }

    private record Use(String id, String username, Instant lastUsedAt) {
    }

    private static String label(String label) {
        String stripped = label == null ? "" : label.strip();
        if (stripped.length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("a token's label has at most " + MAX_LABEL_LENGTH + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a token's label is one line of text");
        }
        return stripped;
    }

    private static String days(Duration lifetime) {
        return lifetime.equals(Duration.ofDays(lifetime.toDays())) ? lifetime.toDays() + " days" : lifetime.toString();
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }

    /** The SHA-256 of the token in hex: what the store keeps and looks tokens up by. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }

    private static ApiToken row(ResultSet r, int row) throws SQLException {
        return new ApiToken(r.getString(1), r.getString(2), r.getString(3), instant(r, 4), instant(r, 5), instant(r, 6), instant(r, 7));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime at = r.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
