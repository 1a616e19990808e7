package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plan an intervention. */
public record PlanIntervention(StudyId study, InterventionKey intervention, InterventionType type, String title, InterventionTargets targets) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return study.aggregateId();
    }
}
