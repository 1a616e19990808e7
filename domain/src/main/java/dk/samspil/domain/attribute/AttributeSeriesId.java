package dk.samspil.domain.attribute;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.shared.StudyId;

/** All background attribute values of one person (respondent or citizen) in one study, named by the person's opaque reference. */
public record AttributeSeriesId(StudyId study, PersonRef person) {

    @JsonCreator
    public static AttributeSeriesId parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("an attribute series id is study/person, was '" + text + "'");
        }
        return new AttributeSeriesId(StudyId.of(parts[0]), new PersonRef(parts[1]));
    }

    public String aggregateId() {
        return "attributes/" + this;
    }

    @JsonValue
    @Override
    public String toString() {
        return study + "/" + person;
    }
}
