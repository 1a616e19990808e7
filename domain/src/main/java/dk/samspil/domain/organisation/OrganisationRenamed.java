package dk.samspil.domain.organisation;

import dk.samspil.domain.shared.TenantId;

/** An organisation's display name changed. */
public record OrganisationRenamed(TenantId tenant, String name) {
}
