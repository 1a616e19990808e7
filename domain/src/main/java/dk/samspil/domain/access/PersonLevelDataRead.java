package dk.samspil.domain.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.StudyId;

/**
 * Someone read person-level figures (a case matrix: professionals rated one by one). Recorded so
 * admins can review who looked at what; the event names the request, not what it showed.
 *
 * @param what the request in plain words, e.g. "case matrix, wave w0, rk@1, every case"
 */
public record PersonLevelDataRead(@JsonProperty("read_by") String readBy, StudyId study, String what,
                                  @JsonProperty("as_of_position") long asOfPosition) {
}
