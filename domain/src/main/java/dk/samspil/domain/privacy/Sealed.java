package dk.samspil.domain.privacy;

import java.util.Objects;

/**
 * Bytes encrypted under one person's key.
 *
 * @param scheme how they were sealed (so a later scheme can be told apart from this one)
 * @param data   base64 of iv, ciphertext and authentication tag
 */
public record Sealed(String scheme, String data) {

    public static final String AES_GCM_V1 = "aes-256-gcm/v1";

    public Sealed {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(data, "data");
    }
}
