package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A research partner (e.g. a university group) receiving exports. */
public record PartnerId(@JsonValue String value) implements Comparable<PartnerId> {

    @JsonCreator
    public PartnerId {
        Keys.require(value, "Partner key");
    }

    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    @Override
    public int compareTo(PartnerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
