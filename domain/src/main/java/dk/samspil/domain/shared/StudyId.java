package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A study key, as written in a study bundle. */
public record StudyId(@JsonValue String value) implements Comparable<StudyId> {

    @JsonCreator
    public StudyId {
        Keys.require(value, "Study key");
    }

    public static StudyId of(String value) {
        return new StudyId(value);
    }

    /** The identifier of the study's aggregate in the event store. */
    public String aggregateId() {
        return "study/" + value;
    }

    @Override
    public int compareTo(StudyId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
