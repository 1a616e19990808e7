package dk.samspil.domain.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.TenantId;

/**
 * A person was erased: their key is destroyed, so every event sealed under it can no longer be
 * opened, and the read models are rebuilt without them. The event holds nothing of the person but
 * the opaque reference their sealed events already carry.
 *
 * @param erasedAs    how the request named them
 * @param requestedBy who asked: "command line" or the signed-in user
 */
public record PersonErased(PersonRef person, TenantId tenant, @JsonProperty("erased_as") ErasedAs erasedAs,
                           @JsonProperty("requested_by") String requestedBy) {

    /** The role the erasure request named the person in. */
    public enum ErasedAs {
        RESPONDENT, CITIZEN
    }
}
