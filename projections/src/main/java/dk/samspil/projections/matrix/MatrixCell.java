package dk.samspil.projections.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.instrument.Band;
import dk.samspil.domain.shared.GroupKey;

/**
 * One cell of a relation matrix. A suppressed cell (n below k) carries no mean and no band.
 *
 * @param mean mean of respondent scores, unrounded; null when suppressed
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MatrixCell(
        @JsonProperty("rater_group") GroupKey raterGroup,
        @JsonProperty("target_group") GroupKey targetGroup,
        Double mean,
        int n,
        Band band,
        boolean suppressed) {

    public boolean withinGroup() {
        return raterGroup.equals(targetGroup);
    }
}
