package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Bring an intervention up to what a bundle's interventions.csv states: plans, starts, adjusts,
 * ends or corrects its dates as needed.
 *
 * @param startedOn null while only planned
 * @param endedOn   null while still running
 */
public record SyncIntervention(StudyId study, InterventionKey intervention, InterventionType type, String title,
                               InterventionTargets targets, LocalDate startedOn, LocalDate endedOn) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return study.aggregateId();
    }
}
