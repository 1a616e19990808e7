package dk.samspil.domain.privacy;

import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seals and opens a person's data under the person's own key (crypto-shredding): once the key
 * is destroyed, every event holding that person's data is unreadable, without editing history.
 */
public final class PersonVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonKeyStore store;
    private final SecureRandom random = new SecureRandom();
    private final Map<PersonRef, SecretKeySpec> keys = new ConcurrentHashMap<>();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> newInstance(true));
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> newInstance(false));

    public PersonVault(PersonKeyStore store) {
        this.store = store;
    }

    public Map<RespondentId, PersonRef> enrol(TenantId tenant, Collection<RespondentId> pseudonyms) {
        return store.enrol(tenant, pseudonyms);
    }

    public Sealed seal(PersonRef person, byte[] plaintext) {
        SecretKeySpec key = key(person).orElseThrow(() -> new IllegalStateException("no key for person " + person + " (erased?)"));
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(person.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext);
            ByteBuffer out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed);
            return new Sealed(Sealed.AES_GCM_V1, Base64.getEncoder().encodeToString(out.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed for person " + person, e);
        }
    }

    /** The plaintext, or empty when the person's key has been destroyed. */
    public Optional<byte[]> open(PersonRef person, Sealed sealed) {
        if (!Sealed.AES_GCM_V1.equals(sealed.scheme())) {
            throw new IllegalArgumentException("unknown sealing scheme " + sealed.scheme());
        }
        Optional<SecretKeySpec> key = key(person);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.data());
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(person.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return Optional.of(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed data of person " + person + " fails authentication", e);
        }
    }

    /** A keyed digest of the content: equal content gives an equal fingerprint, and it reveals nothing without the key. */
    public String fingerprint(PersonRef person, byte[] content) {
        SecretKeySpec key = key(person).orElseThrow(() -> new IllegalStateException("no key for person " + person + " (erased?)"));
        try {
            Mac mac = macs.get();
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("fingerprint failed for person " + person, e);
        }
    }

    /** Drops cached keys, so a destroyed key is not used from memory. */
    public void forget(PersonRef person) {
        keys.remove(person);
    }

    private Optional<SecretKeySpec> key(PersonRef person) {
        SecretKeySpec cached = keys.get(person);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SecretKeySpec> loaded = store.key(person).map(bytes -> new SecretKeySpec(bytes, "AES"));
        loaded.ifPresent(k -> keys.put(person, k));
        return loaded;
    }

    @SuppressWarnings("unchecked")
    private static <T> T newInstance(boolean cipher) {
        try {
            return (T) (cipher ? Cipher.getInstance("AES/GCM/NoPadding") : Mac.getInstance("HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK lacks AES-GCM or HMAC-SHA256", e);
        }
    }
}
