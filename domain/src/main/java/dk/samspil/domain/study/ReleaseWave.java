package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Release a closed wave's aggregates to those who see figures only at release points. */
public record ReleaseWave(StudyId study, WaveKey wave, String releasedBy) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Study.aggregateId(study);
    }
}
