package dk.samspil.domain.shared;

import java.util.regex.Pattern;

/** The bundle format's rule for keys: lowercase ASCII letters, digits, '_' and '-'. */
public final class Keys {

    private static final Pattern KEY = Pattern.compile("[a-z0-9_-]+");

    private Keys() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && KEY.matcher(candidate).matches();
    }

    public static String require(String candidate, String what) {
        if (!isValid(candidate)) {
            throw new IllegalArgumentException(what + " must be a key of [a-z0-9_-]+, was '" + candidate + "'");
        }
        return candidate;
    }
}
