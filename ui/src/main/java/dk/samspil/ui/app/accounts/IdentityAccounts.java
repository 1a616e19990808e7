package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Samspil account of a user the identity provider has vouched for: linked by issuer and subject at the
 * first sign-in, scoped by the provider's claims at every sign-in or by an admin's grant, as the installation says.
 */
@Component
@EnableConfigurationProperties(SignInSettings.class)
public class IdentityAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityAccounts.class);

    private final UserAccounts accounts;
    private final SignInSettings settings;

    public IdentityAccounts(UserAccounts accounts, SignInSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    /** Who signed in: the Samspil username and, once granted or claimed, the role. */
    public record SignedIn(String username, Optional<Role> role) {
    }

    /**
     * Links or creates the account for the provider's user and, with roles from claims, sets its role and scope.
     *
     * @throws IllegalArgumentException when the claims name no usable username, the name is another account's, or the account is disabled
     */
    public SignedIn signIn(String issuer, String subject, Map<String, Object> claims) {
        Optional<Principal> claimed = namedAdmin(claims)
                .or(() -> settings.rolesFrom() == SignInSettings.RolesFrom.CLAIMS ? scope(claims) : Optional.empty());
        Optional<String> linked = accounts.linked(issuer, subject);
        String username;
        if (linked.isPresent()) {
            username = linked.get();
            if (!accounts.enabled(username)) {
                throw new IllegalArgumentException("the Samspil account " + username + " is disabled");
            }
            if (settings.rolesFrom() == SignInSettings.RolesFrom.CLAIMS || claimed.isPresent()) {
                accounts.rescope(username, claimed.map(p -> rename(p, linked.get())));
            }
        } else {
            username = claimed.map(Principal::username).orElseGet(() -> username(claims));
            accounts.addLinked(username, issuer, subject, claimed);
            LOG.info("{} signed in through {} for the first time{}", username, issuer,
                    claimed.map(p -> " as " + p.role()).orElse(", without a role yet"));
        }
        return new SignedIn(username, accounts.find(username).map(UserAccount::role));
    }

    /** An administrator the installation names (samspil.sign-in.admins), whatever the claims say. */
    private Optional<Principal> namedAdmin(Map<String, Object> claims) {
        if (settings.admins().isEmpty()) {
            return Optional.empty();
        }
        String username = username(claims);
        return settings.admins().contains(username)
                ? Optional.of(new Principal(username, Role.ADMIN, Set.of(), Optional.empty())) : Optional.empty();
    }

    /** The role and scope the claims give, if they give a whole one. */
    private Optional<Principal> scope(Map<String, Object> claims) {
        String username = username(claims);
        Optional<Role> role = values(claims.get(settings.roleClaim())).stream().map(settings::role).flatMap(Optional::stream)
                .sorted().findFirst();
        if (role.isEmpty()) {
            return Optional.empty();
        }
        try {
            Set<TenantId> organisations = values(claims.get(settings.organisationClaim())).stream().map(TenantId::of)
                    .collect(Collectors.toSet());
            Optional<PartnerId> partner = values(claims.get(settings.partnerClaim())).stream().findFirst().map(PartnerId::of);
            return Optional.of(new Principal(username, role.get(), organisations, partner));
        } catch (IllegalArgumentException e) {
            // a role the claims cannot scope (a programme manager without one organisation) is no role: the user waits
            LOG.warn("the identity provider's claims for {} give no usable role: {}", username, e.getMessage());
            return Optional.empty();
        }
    }

    private String username(Map<String, Object> claims) {
        List<String> named = values(claims.get(settings.usernameClaim()));
        if (named.isEmpty()) {
            throw new IllegalArgumentException("the identity provider's token has no claim " + settings.usernameClaim()
                    + " (samspil.sign-in.username-claim) to name the user by");
        }
        return named.getFirst().toLowerCase(Locale.ROOT);
    }

    private static Principal rename(Principal scope, String username) {
        return new Principal(username, scope.role(), scope.organisations(), scope.partner());
    }

    /** A claim as its values: absent, one string, or a list of them. */
    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return claim == null || String.valueOf(claim).isBlank() ? List.of() : List.of(String.valueOf(claim).strip());
    }
}
