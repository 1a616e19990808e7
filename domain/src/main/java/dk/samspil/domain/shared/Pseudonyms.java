package dk.samspil.domain.shared;

import java.util.regex.Pattern;

/** Pseudonymous ids: short tokens of letters, digits, '_', '-' and '.', and never something shaped like a CPR number. */
public final class Pseudonyms {

    private static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    // ddmmyy-xxxx or ddmmyyxxxx: a Danish CPR number must never enter an event
    private static final Pattern CPR = Pattern.compile("[0-3][0-9][01][0-9][0-9]{2}-?[0-9]{4}");

    private Pseudonyms() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && PSEUDONYM.matcher(candidate).matches() && !looksLikeCpr(candidate);
    }

    public static boolean looksLikeCpr(String candidate) {
        return candidate != null && CPR.matcher(candidate).matches();
    }

    public static String rule() {
        return "must be a pseudonym of 1-64 letters, digits, '_', '-' or '.', and not a CPR number";
    }
}
