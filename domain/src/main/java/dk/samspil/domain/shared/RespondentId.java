package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The pseudonymous id a bundle gives a respondent or citizen; never a name or CPR number. */
public record RespondentId(@JsonValue String value) implements Comparable<RespondentId> {

    @JsonCreator
    public RespondentId {
        if (!Pseudonyms.isValid(value)) {
            throw new IllegalArgumentException("respondent id " + Pseudonyms.rule() + ", was '" + value + "'");
        }
    }

    public static RespondentId of(String value) {
        return new RespondentId(value);
    }

    @Override
    public int compareTo(RespondentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
