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

    @Override
    public Map<TenantId, PersonRef> find(RespondentId pseudonym) {
        Map<TenantId, PersonRef> found = new LinkedHashMap<>();
        refs.forEach((key, ref) -> {
            int slash = key.indexOf('/');
            if (key.substring(slash + 1).equals(pseudonym.value()) && keys.containsKey(ref)) {
                found.put(TenantId.of(key.substring(0, slash)), ref);
            }
        });
        return found;
    }

    @Override
    public synchronized void destroy(PersonRef person) {
        keys.remove(person);
        refs.values().removeIf(person::equals);
    }
}
