package dk.samspil.domain.shared;

import java.util.regex.Pattern;

/** Pseudonymous ids: short tokens of letters, digits, '_', '-' and '.', and never something shaped like a CPR number. */
public final class Pseudonyms {

    // ddmmyy-xxxx or ddmmyyxxxx: a Danish CPR number must never enter an event
    private static final Pattern CPR = Pattern.compile("[0-3][0-9][01][0-9][0-9]{2}-?[0-9]{4}");

    private Pseudonyms() {
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 64) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return !looksLikeCpr(candidate);
    }

    public static boolean looksLikeCpr(String candidate) {
        // only 10 digits, optionally with a dash after six, can be a CPR number
        return candidate != null && (candidate.length() == 10 || candidate.length() == 11)
                && Character.isDigit(candidate.charAt(0)) && CPR.matcher(candidate).matches();
    }

    public static String rule() {
        return "must be a pseudonym of 1-64 letters, digits, '_', '-' or '.', and not a CPR number";
    }
}
