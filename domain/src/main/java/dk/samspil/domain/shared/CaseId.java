package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A pseudonymous citizen-case id (sag). */
public record CaseId(@JsonValue String value) implements Comparable<CaseId> {

    @JsonCreator
    public CaseId {
        if (!Pseudonyms.isValid(value)) {
            throw new IllegalArgumentException("case id " + Pseudonyms.rule() + ", was '" + value + "'");
        }
    }

    public static CaseId of(String value) {
        return new CaseId(value);
    }

    @Override
    public int compareTo(CaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
