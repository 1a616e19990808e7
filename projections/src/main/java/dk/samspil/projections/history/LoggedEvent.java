package dk.samspil.projections.history;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** One event of the history: where it sits in the store, when it was recorded, and what it says. */
public record LoggedEvent(long position, @JsonProperty("recorded_at") Instant recordedAt, String type, String study,
                          String summary) {
}
