package dk.samspil.projections.analysis;

import java.util.Locale;

/** Which units a staggered effect compares a start group with: those never treated, or those not yet treated. */
public enum StaggeredControl {
    NEVER, NOT_YET;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static StaggeredControl parse(String text) {
        for (StaggeredControl control : values()) {
            if (control.key().equals(text)) {
                return control;
            }
        }
        throw new IllegalArgumentException("control is never or not-yet, was '" + text + "'");
    }
}
