package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.projections.access.PersonLevelGrants;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

import java.util.Optional;
import java.util.Set;

/**
 * Who the current request acts for: the signed-in account in the web application; the local
 * operator (an admin) for ./samspil commands, which have no web layer and own the data folder.
 */
@Component
public class CurrentUser {

    private final UserAccounts accounts;
    private final PersonLevelGrants grants;
    private final boolean web;

    public CurrentUser(UserAccounts accounts, PersonLevelGrants grants, ApplicationContext context) {
        this.accounts = accounts;
        this.grants = grants;
        this.web = context instanceof WebApplicationContext;
    }

    /** @throws AccessPolicy.AccessDenied in the web application when nobody is signed in */
    public Principal principal() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            if (web) {
                throw new AccessPolicy.AccessDenied("nobody is signed in");
            }
            return Principal.commandLine();
        }
        String name = signedIn.getName();
        Optional<UserAccount> account = accounts.find(name);
        if (account.isPresent()) {
            // a session outlives a disable: the store, not the session, says whether the account may act
            if (!account.get().enabled()) {
                throw new AccessPolicy.AccessDenied("the account " + name + " is disabled");
            }
            Principal stored = account.get().principal();
            // person-level access is granted and revoked by events, so the history, not the account, says whether it holds
            return stored.role() == Role.RESEARCHER ? stored.withPersonLevel(grants.of(name)) : stored;
        }
        if (accounts.exists(name)) {
            throw noRoleYet(name);
        }
        // an account the store does not know (a test's mock user): its role, no organisation
        return new Principal(name, role(signedIn), Set.of(), Optional.empty());
    }

    private static Role role(Authentication signedIn) {
        return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> Role.valueOf(a.substring(5))).findFirst()
                .orElseThrow(() -> noRoleYet(signedIn.getName()));
    }

    /** Signed in through the identity provider, but no role is granted: nothing of the data, anywhere. */
    private static AccessPolicy.AccessDenied noRoleYet(String username) {
        return new AccessPolicy.AccessDenied(username + " has no role in Samspil yet; an admin grants one");
    }
}
