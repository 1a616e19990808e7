package dk.samspil.domain.fieldwork;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record that messages with links went out to a unit's respondents (counts only). */
public record RecordFieldworkSending(StudyId study, WaveKey wave, UnitKey unit, FieldworkSent.Kind kind, int count, String template,
                                     LocalDate sentOn) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return study.aggregateId();
    }
}
