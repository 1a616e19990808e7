package dk.samspil.domain.privacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The opaque, random reference events use for a person. Only the key store links it to the
 * person's pseudonym and key, so destroying that entry leaves nothing readable about the person.
 */
public record PersonRef(@JsonValue String value) implements Comparable<PersonRef> {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{32}");

    @JsonCreator
    public PersonRef {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a person reference is 32 hex digits, was '" + value + "'");
        }
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
