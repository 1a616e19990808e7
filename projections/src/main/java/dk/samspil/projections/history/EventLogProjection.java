package dk.samspil.projections.history;

import dk.samspil.projections.store.ReadModelBatches;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

/** Every event as one line in plain words, for ./samspil log and the history view. */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class EventLogProjection {

    private final ReadModelBatches batches;

    public EventLogProjection(ReadModelBatches batches) {
        this.batches = batches;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        String aggregate = message instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : null;
        batches.forEvent(token).ifPresent(b -> b.append("event_log", token.position().orElseThrow(),
                message.getTimestamp(), EventSummaries.validOn(payload), payload.getClass().getSimpleName(), aggregate,
                EventSummaries.studyOf(payload), EventSummaries.describe(payload)));
    }
}
