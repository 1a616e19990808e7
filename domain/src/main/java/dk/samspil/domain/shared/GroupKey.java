package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A group key, as written in a study bundle. */
public record GroupKey(@JsonValue String value) implements Comparable<GroupKey> {

    @JsonCreator
    public GroupKey {
        Keys.require(value, "Group key");
    }

    public static GroupKey of(String value) {
        return new GroupKey(value);
    }

    @Override
    public int compareTo(GroupKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
