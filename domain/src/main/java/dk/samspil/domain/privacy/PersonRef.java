package dk.samspil.domain.privacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/**
 * The opaque, random reference events use for a person. Only the key store links it to the
 * person's pseudonym and key, so destroying that entry leaves nothing readable about the person.
 */
public record PersonRef(@JsonValue String value) implements Comparable<PersonRef> {

    @JsonCreator
    public PersonRef {
        if (!isHex32(value)) {
            throw new IllegalArgumentException("a person reference is 32 hex digits, was '" + value + "'");
        }
    }

    // a loop, not a regex: every questionnaire event read names a person
    private static boolean isHex32(String value) {
        if (value == null || value.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    public static PersonRef random() {
        return new PersonRef(UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public int compareTo(PersonRef other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
