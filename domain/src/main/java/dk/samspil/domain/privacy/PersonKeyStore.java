package dk.samspil.domain.privacy;

import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where each person's reference and key live, outside the event store's immutable history,
 * so that erasing a person is deleting one entry here.
 */
public interface PersonKeyStore {

    /** The reference of every pseudonym of the tenant, creating a reference and a fresh key for those seen first now. */
    Map<RespondentId, PersonRef> enrol(TenantId tenant, Collection<RespondentId> pseudonyms);

    /** The person's key, or empty once the person has been erased. */
    Optional<byte[]> key(PersonRef person);

    /** The reference of a pseudonym in every organisation that has enrolled it (and not erased it). */
    Map<TenantId, PersonRef> find(RespondentId pseudonym);

    /** Destroys the person's key and the link from their pseudonym: what was sealed under it can no longer be opened. */
    void destroy(PersonRef person);
}
