package dk.samspil.ui.app.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in a respondent's questionnaire link: 256 random bits, base64url without padding.
 * Whoever holds it may answer, so only its SHA-256 is ever stored.
 */
public record InvitationToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    public InvitationToken {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a questionnaire token");
        }
    }

    public static InvitationToken random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether text has the shape of a token; anything else is turned away before a lookup. */
    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /** The SHA-256 of the token in hex: what the store keeps and looks links up by. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }

    @Override
    public String toString() {
        // a token in a log line would be a working link in the log
        return "InvitationToken[hidden]";
    }
}
