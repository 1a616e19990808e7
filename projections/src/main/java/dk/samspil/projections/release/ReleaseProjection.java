package dk.samspil.projections.release;

import dk.samspil.domain.study.WaveReleased;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.projections.store.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;

/** Release points, one row per WaveReleased; what each shows is decided when it is first read (Releases). */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class ReleaseProjection {

    private final ReadModelBatches batches;

    public ReleaseProjection(ReadModelBatches batches) {
        this.batches = batches;
    }

    @EventHandler
    void on(WaveReleased e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.execute(Sql.statement("release.sql", "wave_released"),
                e.study().value(), e.wave().value(), e.releasedBy(), e.releasedOn(), token.position().orElseThrow()));
    }
}
