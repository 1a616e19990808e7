package dk.samspil.domain.organisation;

import dk.samspil.domain.shared.TenantId;

/** An organisation (tenant) whose studies the repository holds. */
public record OrganisationRegistered(TenantId tenant, String name) {
}
