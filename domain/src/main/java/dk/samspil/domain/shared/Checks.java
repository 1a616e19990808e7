package dk.samspil.domain.shared;

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
}
