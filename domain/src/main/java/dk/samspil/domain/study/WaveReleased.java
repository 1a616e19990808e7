package dk.samspil.domain.study;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;

import java.time.LocalDate;

/**
 * A closed wave's aggregates were released: from this event's position on, programme managers and
 * others without person-level rights see the wave's figures as they stood here. Released again after
 * later events, it is a new release point.
 */
public record WaveReleased(StudyId study, WaveKey wave, @JsonProperty("released_by") String releasedBy,
                           @JsonProperty("released_on") LocalDate releasedOn) {
}
