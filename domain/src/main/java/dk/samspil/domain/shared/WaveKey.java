package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A wave key, as written in a study bundle. */
public record WaveKey(@JsonValue String value) implements Comparable<WaveKey> {

    @JsonCreator
    public WaveKey {
        Keys.require(value, "Wave key");
    }

    public static WaveKey of(String value) {
        return new WaveKey(value);
    }

    @Override
    public int compareTo(WaveKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
