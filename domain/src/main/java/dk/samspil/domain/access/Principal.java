package dk.samspil.domain.access;

import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;

import java.util.Optional;
import java.util.Set;

/**
 * Who asks: a user with one role, the organisations granted to them (their own one for a
 * programme manager) and, for a partner account, the partner it speaks for.
 */
public record Principal(String username, Role role, Set<TenantId> organisations, Optional<PartnerId> partner) {

    public Principal {
        organisations = Set.copyOf(organisations);
        if (role == Role.PARTNER && partner.isEmpty()) {
            throw new IllegalArgumentException("partner account " + username + " names no partner");
        }
        if (role == Role.PROGRAMME_MANAGER && organisations.size() != 1) {
            throw new IllegalArgumentException("programme manager " + username + " must belong to exactly one organisation, has "
                    + organisations.size());
        }
    }

    /** The local operator of ./samspil commands, who owns the data folder. */
    public static Principal commandLine() {
        return new Principal("command line", Role.ADMIN, Set.of(), Optional.empty());
    }
}
