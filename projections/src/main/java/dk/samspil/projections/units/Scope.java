package dk.samspil.projections.units;

import java.util.Locale;

/** Which ratings a unit index counts: all, only those of other groups (between), or of the own group (within). */
public enum Scope {
    ALL, BETWEEN, WITHIN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope parse(String text) {
        for (Scope scope : values()) {
            if (scope.key().equals(text)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("scope is all, between or within, was '" + text + "'");
    }
}
