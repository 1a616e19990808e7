package dk.samspil.domain.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.TenantId;

/** An admin revoked a researcher's person-level access to an organisation's studies: from now on, release points only. */
public record PersonLevelAccessRevoked(String username, TenantId organisation, @JsonProperty("revoked_by") String revokedBy) {

    public PersonLevelAccessRevoked {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a revocation names the researcher's account");
        }
    }
}
