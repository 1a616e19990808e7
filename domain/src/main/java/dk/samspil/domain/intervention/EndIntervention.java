package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record that an intervention ended. */
public record EndIntervention(StudyId study, InterventionKey intervention, LocalDate endedOn) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return study.aggregateId();
    }
}
