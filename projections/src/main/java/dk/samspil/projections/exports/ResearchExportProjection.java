package dk.samspil.projections.exports;

import dk.samspil.domain.export.PartnerAgreementRecorded;
import dk.samspil.domain.export.ResearchExported;
import dk.samspil.projections.store.ReadModelBatches;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

/** The research exports handed to partners and the agreements they were made under, as the history records them. */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class ResearchExportProjection {

    private final ReadModelBatches batches;

    public ResearchExportProjection(ReadModelBatches batches) {
        this.batches = batches;
    }

    @EventHandler
    void on(ResearchExported e, EventMessage<?> message, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.append("research_export", token.position().orElseThrow(), message.getTimestamp(),
                e.study().value(), e.partner().value(), e.asOfPosition(), e.k(), e.coarsenDates(), e.manifestSha256(), e.agreement(),
                e.itemLevelMicrodata(), e.requestedBy()));
    }

    @EventHandler
    void on(PartnerAgreementRecorded e, TrackingToken token) {
        // the studies as one ','-separated text; none (null) covers every study
        String studies = e.studies().isEmpty() ? null : String.join(",", e.studies().stream().map(s -> s.value()).toList());
        batches.forEvent(token).ifPresent(b -> b.append("partner_agreement", token.position().orElseThrow(), e.partner().value(),
                e.agreement(), e.itemLevelMicrodata(), studies, e.until(), e.licence()));
    }
}
