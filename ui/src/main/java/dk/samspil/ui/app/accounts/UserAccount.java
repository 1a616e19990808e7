package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A sign-in account as stored (without its password hash, which never leaves {@link UserAccounts}). */
public record UserAccount(String username, Role role, Set<TenantId> organisations, Optional<PartnerId> partner, boolean enabled,
                          Instant createdAt) {

    public Principal principal() {
        return new Principal(username, role, organisations, partner);
    }
}
