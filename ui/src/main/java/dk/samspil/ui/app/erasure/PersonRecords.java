package dk.samspil.ui.app.erasure;

import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;

import java.util.Optional;

/**
 * Rows beside the sealed events that name a person in clear (the questionnaire links): an
 * erasure deletes them. Declared here so the stores holding them depend on erasure, not the reverse.
 */
public interface PersonRecords {

    /**
     * @param organisation only rows of this organisation's studies; empty: every study
     * @return how many rows were deleted
     */
    public int forget(RespondentId person, Optional<TenantId> organisation);
}
