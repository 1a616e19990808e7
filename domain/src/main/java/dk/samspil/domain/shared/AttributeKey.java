package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A background attribute's key (leader/staff, resource level), as study.json writes it. */
public record AttributeKey(@JsonValue String value) implements Comparable<AttributeKey> {

    @JsonCreator
    public AttributeKey {
        Keys.require(value, "Attribute key");
    }

    public static AttributeKey of(String value) {
        return new AttributeKey(value);
    }

    @Override
    public int compareTo(AttributeKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
