package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sign-in accounts in the event-store database, beside but outside the history: a password is
 * never an event, and only its bcrypt hash is stored.
 */
public final class UserAccounts {

    /** Shorter passwords are refused: the accounts guard data about vulnerable citizens. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    private final DataSource dataSource;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    public UserAccounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Creates an account, checked as a whole first: the principal's scoping rules, the username and the password.
     *
     * @throws IllegalArgumentException for an invalid or taken username, a short password, or an account that cannot be scoped
     */
    public UserAccount add(Principal principal, char[] password) {
        if (!USERNAME.matcher(principal.username()).matches()) {
            throw new IllegalArgumentException("a username is 2-64 of a-z 0-9 . _ @ - starting with a letter or digit, was '"
                    + principal.username() + "'");
        }
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (find(principal.username()).isPresent()) {
            throw new IllegalArgumentException("there is already a user '" + principal.username() + "'");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO app_user (username, password_hash, role, organisations, partner, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, principal.username());
            s.setString(2, bcrypt.encode(java.nio.CharBuffer.wrap(password)));
            s.setString(3, principal.role().name());
            s.setString(4, principal.organisations().stream().map(TenantId::value).sorted().collect(Collectors.joining(";")));
            s.setString(5, principal.partner().map(PartnerId::value).orElse(null));
            s.setBoolean(6, true);
            s.setObject(7, now);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store user " + principal.username(), e);
        }
        return find(principal.username()).orElseThrow();
    }

    public Optional<UserAccount> find(String username) {
        List<UserAccount> found = query("SELECT username, role, organisations, partner, enabled, created_at FROM app_user WHERE username = ?",
                username);
        return found.stream().findFirst();
    }

    public List<UserAccount> all() {
        return query("SELECT username, role, organisations, partner, enabled, created_at FROM app_user ORDER BY username");
    }

    /** The account when the password is its own and it is enabled; bcrypt decides, in constant time per hash. */
    public Optional<UserAccount> signIn(String username, char[] password) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT password_hash FROM app_user WHERE username = ? AND enabled")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || !bcrypt.matches(java.nio.CharBuffer.wrap(password), r.getString(1))) {
                    return Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the password of " + username, e);
        }
        return find(username);
    }

    /** The stored bcrypt hash, for Spring Security's own password check at sign-in. */
    public Optional<String> passwordHash(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read user " + username, e);
        }
    }

    /** @throws IllegalArgumentException for an unknown user */
    public void disable(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE app_user SET enabled = FALSE WHERE username = ?")) {
            s.setString(1, username);
            if (s.executeUpdate() == 0) {
                throw new IllegalArgumentException("there is no user '" + username + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot disable user " + username, e);
        }
    }

    /** Whether an enabled admin exists: the web application does not start without one. */
    public boolean hasAdmin() {
        return all().stream().anyMatch(u -> u.enabled() && u.role() == Role.ADMIN);
    }

    private List<UserAccount> query(String sql, String... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            List<UserAccount> accounts = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Set<TenantId> organisations = r.getString(3).isEmpty() ? Set.of()
                            : Arrays.stream(r.getString(3).split(";")).map(TenantId::of).collect(Collectors.toSet());
                    accounts.add(new UserAccount(r.getString(1), Role.valueOf(r.getString(2)), organisations,
                            Optional.ofNullable(r.getString(4)).map(PartnerId::of), r.getBoolean(5),
                            r.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
            return accounts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the users", e);
        }
    }
}
