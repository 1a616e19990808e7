package dk.samspil.projections.history;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of the history: where it sits in the store, when it was recorded, when it happened, and what it says.
 *
 * @param validOn when the fact happened in the world, or null for facts about the repository itself
 */
public record LoggedEvent(long position, @JsonProperty("recorded_at") Instant recordedAt, @JsonProperty("valid_on") LocalDate validOn,
                          String type, String study, String summary) {
}
