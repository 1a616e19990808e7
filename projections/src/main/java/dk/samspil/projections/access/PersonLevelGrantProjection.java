package dk.samspil.projections.access;

import dk.samspil.domain.access.PersonLevelAccessGranted;
import dk.samspil.domain.access.PersonLevelAccessRevoked;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.projections.store.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;

/** Researchers' person-level grants as the history records them; the newest event per account and organisation holds. */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class PersonLevelGrantProjection {

    private final ReadModelBatches batches;

    public PersonLevelGrantProjection(ReadModelBatches batches) {
        this.batches = batches;
    }

    @EventHandler
    void on(PersonLevelAccessGranted e, TrackingToken token) {
        record(e.username(), e.organisation().value(), true, e.grantedBy(), token);
    }

    @EventHandler
    void on(PersonLevelAccessRevoked e, TrackingToken token) {
        record(e.username(), e.organisation().value(), false, e.revokedBy(), token);
    }

    private void record(String username, String organisation, boolean granted, String by, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.execute(Sql.statement("access.sql", "person_level_changed"),
                token.position().orElseThrow(), username, organisation, granted, by));
    }
}
