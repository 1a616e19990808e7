package dk.samspil.domain.shared;

import java.util.Set;

/** The checks of a command's fields that every decision makes alike, with the messages users see. */
public final class Checks {

    private Checks() {
    }

    /** @throws Rejected "missing ..." when the value is absent, or text that is blank */
    public static <T> T required(T value, String what) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new Rejected("missing " + what);
        }
        return value;
    }

    /** @throws Rejected when the study has no such unit */
    public static UnitKey knownUnit(UnitKey unit, Set<UnitKey> units, String field) {
        if (unit == null || !units.contains(unit)) {
            throw new Rejected(field + ": study has no unit '" + unit + "'");
        }
        return unit;
    }

    /** A note as it is recorded: without surrounding blanks, and null when there is nothing in it. */
    public static String note(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
