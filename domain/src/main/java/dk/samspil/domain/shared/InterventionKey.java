package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An intervention's key within its study, as written in interventions.csv. */
public record InterventionKey(@JsonValue String value) implements Comparable<InterventionKey> {

    @JsonCreator
    public InterventionKey {
        Keys.require(value, "Intervention key");
    }

    public static InterventionKey of(String value) {
        return new InterventionKey(value);
    }

    @Override
    public int compareTo(InterventionKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
