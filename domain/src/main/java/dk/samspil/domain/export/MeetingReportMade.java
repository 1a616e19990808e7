package dk.samspil.domain.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.StudyId;

/**
 * A meeting report (PDF or PowerPoint) was made. It names exactly what the report was computed from, so it can be
 * made again byte for byte; its content is not in the history, only its hash.
 *
 * @param unit        the unit it covers with the units below it; null for the whole study
 * @param language    da or en
 * @param format      pdf or pptx
 * @param requestedBy who asked for it, and where ("command line", or the user "(web)")
 */
public record MeetingReportMade(StudyId study, String unit, @JsonProperty("as_of_position") long asOfPosition, String language,
                                String format, String sha256, @JsonProperty("requested_by") String requestedBy) {
}
