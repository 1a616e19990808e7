package dk.samspil.domain.outcome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.shared.StudyId;

/** All outcome measurements of one citizen in one study, named by the citizen's opaque reference. */
public record OutcomeSeriesId(StudyId study, PersonRef citizen) {

    @JsonCreator
    public static OutcomeSeriesId parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("an outcome series id is study/person, was '" + text + "'");
        }
        return new OutcomeSeriesId(StudyId.of(parts[0]), new PersonRef(parts[1]));
    }

    public String aggregateId() {
        return "outcomes/" + this;
    }

    @JsonValue
    @Override
    public String toString() {
        return study + "/" + citizen;
    }
}
