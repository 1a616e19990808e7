package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A item key, as written in a study bundle. */
public record ItemKey(@JsonValue String value) implements Comparable<ItemKey> {

    @JsonCreator
    public ItemKey {
        Keys.require(value, "Item key");
    }

    public static ItemKey of(String value) {
        return new ItemKey(value);
    }

    @Override
    public int compareTo(ItemKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
