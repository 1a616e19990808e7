package dk.samspil.projections.exports;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** One research export as recorded: when, for whom, from which position, and the hash its manifest had. */
public record PastExport(long position, @JsonProperty("recorded_at") Instant recordedAt, String study, String partner,
                         @JsonProperty("as_of_position") long asOfPosition, int k, @JsonProperty("coarsen_dates") boolean coarsenDates,
                         @JsonProperty("manifest_sha256") String manifestSha256, String agreement,
                         @JsonProperty("item_level_microdata") boolean itemLevelMicrodata, @JsonProperty("requested_by") String requestedBy) {
}
