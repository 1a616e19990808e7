package dk.samspil.domain.privacy;

import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A key store for tests and tools that keep nothing between runs. */
public final class InMemoryPersonKeyStore implements PersonKeyStore {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, PersonRef> refs = new ConcurrentHashMap<>();
    private final Map<PersonRef, byte[]> keys = new ConcurrentHashMap<>();

    @Override
    public synchronized Map<RespondentId, PersonRef> enrol(TenantId tenant, Collection<RespondentId> pseudonyms) {
        Map<RespondentId, PersonRef> result = new LinkedHashMap<>();
        for (RespondentId pseudonym : pseudonyms) {
            result.put(pseudonym, refs.computeIfAbsent(tenant + "/" + pseudonym, k -> {
                PersonRef ref = PersonRef.random();
                byte[] key = new byte[32];
                random.nextBytes(key);
                keys.put(ref, key);
                return ref;
            }));
        }
        return result;
    }

    @Override
    public Optional<byte[]> key(PersonRef person) {
        return Optional.ofNullable(keys.get(person));
    }

    /** Forgets the person's key, as an erasure does. */
    public void destroy(PersonRef person) {
        keys.remove(person);
    }
}
