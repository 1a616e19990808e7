package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a citizen outcome measures, e.g. age_at_family_relief_start. */
public record OutcomeKey(@JsonValue String value) implements Comparable<OutcomeKey> {

    @JsonCreator
    public OutcomeKey {
        Keys.require(value, "Outcome key");
    }

    public static OutcomeKey of(String value) {
        return new OutcomeKey(value);
    }

    @Override
    public int compareTo(OutcomeKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
