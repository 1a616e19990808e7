package dk.samspil.projections.outcomes;

import dk.samspil.domain.outcome.Measurement;
import dk.samspil.domain.outcome.OutcomeCorrected;
import dk.samspil.domain.outcome.OutcomeMeasured;
import dk.samspil.domain.outcome.OutcomeSeriesId;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.OutcomeKey;
import dk.samspil.projections.store.ReadModelBatch;
import dk.samspil.projections.store.ReadModelBatches;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/** Citizen outcome measurements into rows, one per version; an erased citizen's measurements stay out. */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class OutcomeProjection {

    private final ReadModelBatches batches;
    private final PersonVault vault;

    public OutcomeProjection(ReadModelBatches batches, PersonVault vault) {
        this.batches = batches;
        this.vault = vault;
    }

    @EventHandler
    void on(OutcomeMeasured e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> write(b, e.series(), e.outcome(), e.measuredOn(), e.measurement(), "measured", token));
    }

    @EventHandler
    void on(OutcomeCorrected e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> {
            b.supersede(ReadModelBatch.Versioned.OUTCOME, e.series() + "|" + e.outcome() + "|" + e.measuredOn(), token.position().orElseThrow());
            write(b, e.series(), e.outcome(), e.measuredOn(), e.measurement(), "corrected", token);
        });
    }

    private void write(ReadModelBatch batch, OutcomeSeriesId series, OutcomeKey outcome, LocalDate measuredOn, Sealed sealed,
                       String kind, TrackingToken token) {
        Optional<byte[]> opened = vault.open(series.citizen(), sealed);
        if (opened.isEmpty()) {
            return; // the citizen was erased
        }
        Measurement m;
        try {
            m = DomainJson.mapper().readValue(opened.get(), Measurement.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a sealed outcome measurement does not read back", e);
        }
        batch.append("outcome", token.position().orElseThrow(), series.toString(), series.study().value(), m.unit().value(),
                m.citizen().value(), outcome.value(), measuredOn, m.value().doubleValue(), m.value().toPlainString(), kind, null);
    }
}
