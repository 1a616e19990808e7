package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A tenant (organisation) key, as written in a study bundle. */
public record TenantId(@JsonValue String value) implements Comparable<TenantId> {

    @JsonCreator
    public TenantId {
        Keys.require(value, "Tenant (organisation) key");
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public int compareTo(TenantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
