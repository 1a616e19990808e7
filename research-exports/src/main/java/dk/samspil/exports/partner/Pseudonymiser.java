package dk.samspil.exports.partner;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Per-partner pseudonyms: a keyed HMAC of the id under the partner's secret. The same person gets
 * the same pseudonym in every export to one partner, and unlinkable ones across partners.
 */
public final class Pseudonymiser {

    public static final String SCHEME = "hmac-sha256/partner-secret/v1, first 16 hex digits, prefixed by kind";

    private final Mac mac;

    public Pseudonymiser(byte[] partnerSecret) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(partnerSecret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK lacks HMAC-SHA256", e);
        }
    }

    /** @param kind what the id names (r for respondent, c for case), so equal ids of different kinds differ */
    public String pseudonym(String kind, String id) {
        byte[] digest = mac.doFinal((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
        return kind + "-" + HexFormat.of().formatHex(digest, 0, 8);
    }
}
