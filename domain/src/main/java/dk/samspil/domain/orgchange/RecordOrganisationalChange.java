package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Record an organisational change as org_changes.csv states it.
 *
 * @param otherUnit the unit merged into, or split off; null for the other kinds
 * @param note      for unit_renamed, the new name
 */
public record RecordOrganisationalChange(StudyId study, ChangeKind change, UnitKey unit, UnitKey otherUnit,
                                         LocalDate effectiveOn, String note) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return study.aggregateId();
    }
}
