package dk.samspil.projections.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;

import java.util.List;

/**
 * The mean per item of an instrument in one wave, in the instrument's item order, for all
 * respondents or one relation (rater group and target group).
 */
public record DimensionProfile(StudyId study, WaveKey wave, InstrumentRef instrument,
                               @JsonProperty("rater_group") String raterGroup, @JsonProperty("target_group") String targetGroup,
                               @JsonProperty("as_of_position") long asOfPosition, int k, List<ItemMean> items) {

    /** One item's mean over respondents. */
    public record ItemMean(String item, String dimension, @JsonProperty("label_da") String labelDa,
                           @JsonProperty("label_en") String labelEn, Double mean, int n, boolean suppressed) {
    }
}
