package dk.samspil.domain.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;

/**
 * A research export was handed to a partner. It names exactly what the export was computed from,
 * so it can be made again byte for byte; the export's content is not in the history, only its hash.
 *
 * @param agreement      the partner's agreement the export was made under, and whether it allowed item-level microdata
 * @param requestedBy    who asked for it: "command line" or "web" until users sign in
 * @param manifestSha256 SHA-256 of the export's manifest.json, which names every file with its own hash
 */
public record ResearchExported(StudyId study, PartnerId partner, @JsonProperty("as_of_position") long asOfPosition, int k,
                               @JsonProperty("coarsen_dates") boolean coarsenDates,
                               @JsonProperty("manifest_sha256") String manifestSha256, String agreement,
                               @JsonProperty("item_level_microdata") boolean itemLevelMicrodata,
                               @JsonProperty("requested_by") String requestedBy) {
}
