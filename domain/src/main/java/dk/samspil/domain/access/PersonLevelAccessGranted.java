package dk.samspil.domain.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.TenantId;

/**
 * An admin granted a researcher person-level access to an organisation's studies: the case matrix and
 * figures at every moment, not only at release points (issue 17). Revoked by {@link PersonLevelAccessRevoked}.
 *
 * @param username  the researcher's account
 * @param grantedBy who granted it, as the history records who asked
 */
public record PersonLevelAccessGranted(String username, TenantId organisation, @JsonProperty("granted_by") String grantedBy) {

    public PersonLevelAccessGranted {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a grant names the researcher's account");
        }
    }
}
