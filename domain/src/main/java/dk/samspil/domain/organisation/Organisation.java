package dk.samspil.domain.organisation;

import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A tenant of the repository. */
public class Organisation {

    @AggregateIdentifier
    private String id;
    private String name;

    protected Organisation() {
        // for Axon
    }

    public static String aggregateId(TenantId tenant) {
        return "organisation/" + tenant;
    }

    /** @return whether anything was recorded */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(RegisterOrganisation command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new Rejected("organisation '" + command.tenant() + "' needs a name (tenant_name)");
        }
        if (id == null) {
            apply(new OrganisationRegistered(command.tenant(), command.name().strip()));
            return true;
        }
        if (!name.equals(command.name().strip())) {
            apply(new OrganisationRenamed(command.tenant(), command.name().strip()));
            return true;
        }
        return false;
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        id = aggregateId(event.tenant());
        name = event.name();
    }

    @EventSourcingHandler
    void on(OrganisationRenamed event) {
        name = event.name();
    }
}
