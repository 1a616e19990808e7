package dk.samspil.projections.analysis;

import java.util.Locale;

/** How a staggered effect's standard errors are found: from the influence function, or by the unit multiplier bootstrap. */
public enum StandardErrors {
    INFLUENCE, BOOTSTRAP;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StandardErrors parse(String text) {
        for (StandardErrors errors : values()) {
            if (errors.key().equals(text)) {
                return errors;
            }
        }
        throw new IllegalArgumentException("se is influence or bootstrap, was '" + text + "'");
    }
}
