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
import java.time.Instant;
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

    private static final String SELECT = "SELECT username, role, organisations, partner, enabled, created_at FROM app_user";

    private final DataSource dataSource;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    /** A hash no password matches, checked for an unknown name so that it takes as long as a known one. */
    private final String noAccount = bcrypt.encode(java.util.UUID.randomUUID().toString());

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
        if (exists(principal.username())) {
            throw new IllegalArgumentException("there is already a user '" + principal.username() + "'");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO app_user (username, password_hash, role, organisations, partner, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, principal.username());
            s.setString(2, bcrypt.encode(java.nio.CharBuffer.wrap(password)));
            s.setString(3, principal.role().name());
            s.setString(4, organisations(principal));
            s.setString(5, principal.partner().map(PartnerId::value).orElse(null));
            s.setBoolean(6, true);
            s.setObject(7, now);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store user " + principal.username(), e);
        }
        return find(principal.username()).orElseThrow();
    }

    /** An account with a role; one still waiting for a role (see {@link #waiting()}) is not found here. */
    public Optional<UserAccount> find(String username) {
        return query(SELECT + " WHERE username = ? AND role IS NOT NULL", username).stream().findFirst();
    }

    /** The accounts with a role, local and identity-provider ones. */
    public List<UserAccount> all() {
        return query(SELECT + " WHERE role IS NOT NULL ORDER BY username");
    }

    /**
     * The account when the password is its own and it is enabled. An unknown name, an identity-provider account
     * (no password) and a disabled one cost the same bcrypt check, so the answer's timing does not tell them apart.
     */
    public Optional<UserAccount> signIn(String username, char[] password) {
        String hash = null;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT password_hash FROM app_user WHERE username = ? AND enabled AND role IS NOT NULL AND password_hash IS NOT NULL")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                hash = r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the password of " + username, e);
        }
        boolean matches = bcrypt.matches(java.nio.CharBuffer.wrap(password), hash == null ? noAccount : hash);
        return hash != null && matches ? find(username) : Optional.empty();
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

    /** Whether the name is taken, by an account with a role or one waiting for it. */
    public boolean exists(String username) {
        return !strings("SELECT username FROM app_user WHERE username = ?", username).isEmpty();
    }

    /** The name of the account an identity provider's user (issuer and subject) is linked to, once they have signed in. */
    public Optional<String> linked(String issuer, String subject) {
        return strings("SELECT username FROM app_user WHERE issuer = ? AND subject = ?", issuer, subject).stream().findFirst();
    }

    /** Whether the account may sign in at all (disabled accounts may not, whatever their identity provider says). */
    public boolean enabled(String username) {
        return !strings("SELECT username FROM app_user WHERE username = ? AND enabled", username).isEmpty();
    }

    /**
     * Creates the account of an identity provider's user at their first sign-in: no password, and no role when
     * {@code scope} is empty (they wait for an admin).
     */
    public void addLinked(String username, String issuer, String subject, Optional<Principal> scope) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("the identity provider names the user '" + username
                    + "', which is no Samspil username (2-64 of a-z 0-9 . _ @ - starting with a letter or digit)");
        }
        if (exists(username)) {
            throw new IllegalArgumentException("the name '" + username + "' belongs to another Samspil account; an admin must rename one of them");
        }
        update("INSERT INTO app_user (username, password_hash, role, organisations, partner, enabled, created_at, issuer, subject)"
                + " VALUES (?, NULL, ?, ?, ?, TRUE, ?, ?, ?)", username, scope.map(p -> p.role().name()).orElse(null),
                scope.map(UserAccounts::organisations).orElse(""), scope.flatMap(Principal::partner).map(PartnerId::value).orElse(null),
                OffsetDateTime.now(ZoneOffset.UTC), issuer, subject);
    }

    /** Sets a linked account's role and scope as its identity provider's claims now say; empty leaves it without a role. */
    public void rescope(String username, Optional<Principal> scope) {
        update("UPDATE app_user SET role = ?, organisations = ?, partner = ? WHERE username = ? AND issuer IS NOT NULL",
                scope.map(p -> p.role().name()).orElse(null), scope.map(UserAccounts::organisations).orElse(""),
                scope.flatMap(Principal::partner).map(PartnerId::value).orElse(null), username);
    }

    /**
     * Grants a role to an identity provider's user who has signed in and waits for one.
     *
     * @throws IllegalArgumentException when nobody of that name is waiting
     */
    public void grant(Principal scope) {
        int granted = update("UPDATE app_user SET role = ?, organisations = ?, partner = ? WHERE username = ? AND role IS NULL",
                scope.role().name(), organisations(scope), scope.partner().map(PartnerId::value).orElse(null), scope.username());
        if (granted == 0) {
            throw new IllegalArgumentException("nobody called '" + scope.username() + "' is waiting for a role");
        }
    }

    /** Who signed in through the identity provider and waits for an admin to grant a role, oldest first. */
    public List<Waiting> waiting() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT username, issuer, created_at FROM app_user WHERE role IS NULL AND enabled ORDER BY created_at, username")) {
            List<Waiting> waiting = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    waiting.add(new Waiting(r.getString(1), r.getString(2), r.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
            return waiting;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the users waiting for a role", e);
        }
    }

    /** An identity provider's user, signed in once, without a role yet. */
    public record Waiting(String username, String issuer, Instant since) {
    }

    /** Whether an enabled admin exists: the web application does not start without one. */
    public boolean hasAdmin() {
        return all().stream().anyMatch(u -> u.enabled() && u.role() == Role.ADMIN);
    }

    private static String organisations(Principal principal) {
        return principal.organisations().stream().map(TenantId::value).sorted().collect(Collectors.joining(";"));
    }

    private List<String> strings(String sql, String... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            List<String> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the users", e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store a user account", e);
        }
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
