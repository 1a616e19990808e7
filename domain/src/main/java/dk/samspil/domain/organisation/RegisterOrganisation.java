package dk.samspil.domain.organisation;

import dk.samspil.domain.shared.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register an organisation (a tenant: a municipality or region), or rename it. */
public record RegisterOrganisation(TenantId tenant, String name) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Organisation.aggregateId(tenant);
    }
}
