package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a relational item rates: a professional group ({@code group:<key>}) or a person in a case ({@code person:<id>}). */
public record Target(Kind kind, String id) implements Comparable<Target> {

    public enum Kind { GROUP, PERSON }

    public Target {
        if (kind == Kind.GROUP) {
            Keys.require(id, "Target group key");
        } else if (!Pseudonyms.isValid(id)) {
            throw new IllegalArgumentException("target person id " + Pseudonyms.rule() + ", was '" + id + "'");
        }
    }

    public static Target group(GroupKey group) {
        return new Target(Kind.GROUP, group.value());
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @JsonCreator
    public static Target parse(String text) {
        if (text != null && text.startsWith("group:")) {
            return new Target(Kind.GROUP, text.substring("group:".length()));
        }
        if (text != null && text.startsWith("person:")) {
            return new Target(Kind.PERSON, text.substring("person:".length()));
        }
        throw new IllegalArgumentException("a target is group:<key> or person:<id>, was '" + text + "'");
    }

    public GroupKey groupKey() {
        if (kind != Kind.GROUP) {
            throw new IllegalStateException(this + " is not a group target");
        }
        return GroupKey.of(id);
    }

    @JsonValue
    @Override
    public String toString() {
        return (kind == Kind.GROUP ? "group:" : "person:") + id;
    }

    @Override
    public int compareTo(Target other) {
        return toString().compareTo(other.toString());
    }
}
