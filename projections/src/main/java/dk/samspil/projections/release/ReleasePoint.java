package dk.samspil.projections.release;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A moment whose figures are released: the position of a WaveReleased, the wave it released, and
 * when. Those without person-level rights see figures only here.
 */
public record ReleasePoint(long position, String wave, @JsonProperty("released_by") String releasedBy,
                           @JsonProperty("released_on") LocalDate releasedOn, @JsonProperty("recorded_at") Instant recordedAt) {
}
