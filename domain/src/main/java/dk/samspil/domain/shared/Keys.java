package dk.samspil.domain.shared;

/** The bundle format's rule for keys: lowercase ASCII letters, digits, '_' and '-'. */
public final class Keys {

    private Keys() {
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        // a loop, not a regex: keys are checked for every value of every event read
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public static String require(String candidate, String what) {
        if (!isValid(candidate)) {
            throw new IllegalArgumentException(what + " must be a key of [a-z0-9_-]+, was '" + candidate + "'");
        }
        return candidate;
    }
}
