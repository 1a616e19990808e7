package dk.samspil.projections.attributes;

import dk.samspil.domain.attribute.AttributeCorrected;
import dk.samspil.domain.attribute.AttributeSeriesId;
import dk.samspil.domain.attribute.AttributeStated;
import dk.samspil.domain.attribute.AttributeValue;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.privacy.Sealed;
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.store.ReadModelBatch;
import dk.samspil.projections.store.ReadModelBatches;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/** Background attribute values into rows, one per version, opened from their seal; an erased person's values stay out. */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class AttributeProjection {

    private final ReadModelBatches batches;
    private final PersonVault vault;

    public AttributeProjection(ReadModelBatches batches, PersonVault vault) {
        this.batches = batches;
        this.vault = vault;
    }

    @EventHandler
    void on(AttributeStated e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> write(b, e.series(), e.attribute(), e.wave(), e.validFrom(), e.value(), "stated", token));
    }

    @EventHandler
    void on(AttributeCorrected e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> {
            b.supersede(ReadModelBatch.Versioned.ATTRIBUTE, e.series() + "|" + e.attribute() + "|" + (e.wave() != null ? e.wave() : e.validFrom()),
                    token.position().orElseThrow());
            write(b, e.series(), e.attribute(), e.wave(), e.validFrom(), e.value(), "corrected", token);
        });
    }

    private void write(ReadModelBatch batch, AttributeSeriesId series, AttributeKey attribute, WaveKey wave, LocalDate validFrom,
                       Sealed sealed, String kind, TrackingToken token) {
        Optional<byte[]> opened = vault.open(series.person(), sealed);
        if (opened.isEmpty()) {
            return; // the person was erased
        }
        AttributeValue value;
        try {
            value = DomainJson.mapper().readValue(opened.get(), AttributeValue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a sealed attribute value does not read back", e);
        }
        batch.append("person_attribute", token.position().orElseThrow(), series.toString(), series.study().value(), value.person().value(),
                attribute.value(), wave == null ? null : wave.value(), validFrom, value.value(), kind, null);
    }
}
