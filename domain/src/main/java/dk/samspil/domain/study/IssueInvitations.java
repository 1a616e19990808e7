package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Open a wave for a unit's respondents: how many personal questionnaire links were handed out. */
public record IssueInvitations(StudyId study, WaveKey wave, UnitKey unit, int count, LocalDate issuedOn) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Study.aggregateId(study);
    }
}
