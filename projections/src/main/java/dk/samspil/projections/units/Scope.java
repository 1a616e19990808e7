package dk.samspil.projections.units;

import dk.samspil.domain.instrument.Instrument;

import java.util.Locale;

/** Which ratings a unit index counts: all, only those of other groups (between), or of the own group (within). */
public enum Scope {
    ALL, BETWEEN, WITHIN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a between or within scope on an instrument that rates no groups */
    public void check(Instrument instrument) {
        if (this != ALL && !instrument.relational()) {
            throw new IllegalArgumentException(instrument.ref() + " does not rate groups, so only scope 'all' applies to it");
        }
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
