package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Resource;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Personal API tokens as the token page and ./samspil user token manage them: every signed-in user
 * their own, admins (who may manage users) everybody's. Checked here, not by hiding buttons.
 */
@Service
public class TokenService {

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final CurrentUser access;
    private final Clock clock;

    public TokenService(ApiTokens tokens, UserAccounts accounts, CurrentUser access, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    /** Tokens with the moment they were read at and the accounts among theirs that are disabled, which their status is judged by. */
    public record Listing(Instant at, List<ApiToken> tokens, Set<String> disabledAccounts) {

        public Listing {
            tokens = List.copyOf(tokens);
            disabledAccounts = Set.copyOf(disabledAccounts);
        }

        public ApiToken.Status status(ApiToken token) {
            ApiToken.Status own = token.status(at);
            return own == ApiToken.Status.ACTIVE && disabledAccounts.contains(token.username()) ? ApiToken.Status.ACCOUNT_DISABLED : own;
        }
    }

    /** Whether the current user sees and manages everybody's tokens, not only their own. */
    public boolean managesAll() {
        return AccessPolicy.decide(access.principal(), Operation.MANAGE_USERS, Resource.repository()).allowed();
    }

    /** The tokens the current user manages: everybody's for an admin, else their own. */
    public Listing visible() {
        return listing(managesAll() ? tokens.list(null) : tokens.list(access.principal().username()));
    }

    /** @throws AccessPolicy.AccessDenied for another user's tokens unless the current user manages users */
    public Listing of(String username) {
        requireOwnerOrManager(username);
        return listing(tokens.list(username));
    }

    /** A token for the current user; the returned text is its only copy. */
    public IssuedToken createOwn(String label, Duration lifetime) {
        return tokens.create(access.principal().username(), label, lifetime);
    }

    /**
     * @throws IllegalArgumentException for an unknown or disabled account, a lifetime outside 1..365 days or an unfit label
     * @throws AccessPolicy.AccessDenied for another user's token unless the current user manages users
     */
    public IssuedToken create(String username, String label, Duration lifetime) {
        requireOwnerOrManager(username);
        return tokens.create(username, label, lifetime);
    }

    /**
     * @throws IllegalArgumentException for an unknown id
     * @throws AccessPolicy.AccessDenied for another user's token unless the current user manages users
     */
    public ApiToken revoke(String id) {
        ApiToken token = tokens.find(id).orElseThrow(() -> new IllegalArgumentException("there is no token '" + id + "'"));
        requireOwnerOrManager(token.username());
        tokens.revoke(id);
        return tokens.find(id).orElseThrow();
    }

    private Listing listing(List<ApiToken> listed) {
        Set<String> disabled = accounts.all().stream().filter(a -> !a.enabled()).map(UserAccount::username).collect(Collectors.toSet());
        return new Listing(clock.instant(), listed, disabled);
    }

    private void requireOwnerOrManager(String username) {
        Principal who = access.principal();
        if (!who.username().equals(username)) {
            AccessPolicy.require(who, Operation.MANAGE_USERS, Resource.repository());
        }
    }
}
