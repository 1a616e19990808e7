package dk.samspil.domain.access;

import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;

import java.util.Optional;

/** What an operation touches: the organisation whose data it is, and for an export the partner it was made for. */
public record Resource(Optional<TenantId> organisation, Optional<PartnerId> partner) {

    public static Resource of(TenantId organisation) {
        return new Resource(Optional.of(organisation), Optional.empty());
    }

    public static Resource export(TenantId organisation, PartnerId partner) {
        return new Resource(Optional.of(organisation), Optional.of(partner));
    }

    /** Not one organisation's data: users, the access log. */
    public static Resource repository() {
        return new Resource(Optional.empty(), Optional.empty());
    }
}
