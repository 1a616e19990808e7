package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A unit key, as written in a study bundle. */
public record UnitKey(@JsonValue String value) implements Comparable<UnitKey> {

    @JsonCreator
    public UnitKey {
        Keys.require(value, "Unit key");
    }

    public static UnitKey of(String value) {
        return new UnitKey(value);
    }

    @Override
    public int compareTo(UnitKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
