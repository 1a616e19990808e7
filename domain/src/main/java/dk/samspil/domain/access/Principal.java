package dk.samspil.domain.access;

import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;

import java.util.Optional;
import java.util.Set;

/**
 * Who asks: a user with one role, the organisations granted to them (their own one for a
 * programme manager), for a partner account the partner it speaks for, and the organisations
 * whose person-level data an admin granted a researcher (events, revocable; issue 17).
 */
public record Principal(String username, Role role, Set<TenantId> organisations, Optional<PartnerId> partner,
                        Set<TenantId> personLevel) {

    public Principal {
        organisations = Set.copyOf(organisations);
        personLevel = Set.copyOf(personLevel);
        if (role == Role.PARTNER && partner.isEmpty()) {
            throw new IllegalArgumentException("partner account " + username + " names no partner");
        }
        if (role == Role.PROGRAMME_MANAGER && organisations.size() != 1) {
            throw new IllegalArgumentException("programme manager " + username + " must belong to exactly one organisation, has "
                    + organisations.size());
        }
    }

    /** An account as stored, before any person-level grant is looked up. */
    public Principal(String username, Role role, Set<TenantId> organisations, Optional<PartnerId> partner) {
        this(username, role, organisations, partner, Set.of());
    }

    /** The same account with the person-level grants the history records for it. */
    public Principal withPersonLevel(Set<TenantId> granted) {
        return new Principal(username, role, organisations, partner, granted);
    }

    /** The local operator of ./samspil commands, who owns the data folder. */
    public static Principal commandLine() {
        return new Principal("command line", Role.ADMIN, Set.of(), Optional.empty());
    }
}
