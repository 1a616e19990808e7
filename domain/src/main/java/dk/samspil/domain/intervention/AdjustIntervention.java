package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Change a running intervention's title or targets. */
public record AdjustIntervention(StudyId study, InterventionKey intervention, String title, InterventionTargets targets, LocalDate adjustedOn, String note) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return study.aggregateId();
    }
}
