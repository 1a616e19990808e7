package dk.samspil.domain.milestone;

import dk.samspil.domain.shared.StudyId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record that a study reached a process step (or restate when). */
public record ReachMilestone(StudyId study, Milestone milestone, LocalDate reachedOn, String note) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return study.aggregateId();
    }
}
