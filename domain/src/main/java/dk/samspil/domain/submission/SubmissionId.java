package dk.samspil.domain.submission;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;

/**
 * One questionnaire: one respondent, one wave, one instrument. Built from the person's opaque
 * reference, so the id itself says nothing about who answered.
 */
public record SubmissionId(StudyId study, WaveKey wave, InstrumentRef instrument, PersonRef person) {

    @JsonCreator
    public static SubmissionId parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("/", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("a submission id is study/wave/instrument/person, was '" + text + "'");
        }
        return new SubmissionId(StudyId.of(parts[0]), WaveKey.of(parts[1]), InstrumentRef.parse(parts[2]), new PersonRef(parts[3]));
    }

    public String aggregateId() {
        return "submission/" + this;
    }

    @JsonValue
    @Override
    public String toString() {
        return study + "/" + wave + "/" + instrument + "/" + person;
    }
}
