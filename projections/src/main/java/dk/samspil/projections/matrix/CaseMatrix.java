package dk.samspil.projections.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;

import java.util.List;

/**
 * A matrix of the professionals in citizens' cases, by the groups of who rates and who is rated.
 * Built from person-level data; figures below k are suppressed like every other figure.
 *
 * @param cases the cases pooled (empty: every case of the wave)
 */
public record CaseMatrix(StudyId study, WaveKey wave, InstrumentRef instrument, List<String> cases,
                         @JsonProperty("as_of_position") long asOfPosition, int k, List<Cell> cells) {

    /**
     * @param n       respondents behind the cell (the suppression count)
     * @param ratings person-to-person ratings pooled in it
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Cell(@JsonProperty("rater_group") String raterGroup, @JsonProperty("target_group") String targetGroup,
                       Double mean, int n, int ratings, int cases, boolean suppressed) {
    }
}
