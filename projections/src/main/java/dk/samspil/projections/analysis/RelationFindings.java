package dk.samspil.projections.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.instrument.Band;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;

import java.util.List;

/**
 * Weak-but-important relations of one wave, ranked, and how each pair of groups rates each other.
 *
 * @param weakImportant important relations whose between-group cell is low or middle, weakest first
 * @param notAssessable important relations whose cell is suppressed (n below k) or has no answers
 * @param asymmetry     every pair of groups, largest difference first; pairs with a suppressed side last
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RelationFindings(StudyId study, WaveKey wave, InstrumentRef instrument,
                               @JsonProperty("as_of_position") long asOfPosition, int k, List<InstrumentRef> instruments,
                               String method, @JsonProperty("importance_threshold") double importanceThreshold,
                               @JsonProperty("weak_important") List<WeakRelation> weakImportant,
                               @JsonProperty("not_assessable") List<WeakRelation> notAssessable,
                               List<Asymmetry> asymmetry) {

    public static final String METHOD = "important = 'high' in the relationship map, or a mean relation-importance@1 'importance' "
            + "score at or above the threshold (n >= k); weak = a low or middle between-group cell; ranked low before middle, "
            + "then by cell mean ascending; asymmetry = mean(A rates B) - mean(B rates A)";

    /** An important relation and its cell. */
    public record WeakRelation(int rank, @JsonProperty("rater_group") GroupKey raterGroup, @JsonProperty("target_group") GroupKey targetGroup,
                               @JsonProperty("map_importance") String mapImportance,
                               @JsonProperty("rated_importance") Double ratedImportance, @JsonProperty("rated_importance_n") int ratedImportanceN,
                               Double mean, int n, Band band) {
    }

    /** How A rates B beside how B rates A (A before B in key order). */
    public record Asymmetry(@JsonProperty("group_a") GroupKey groupA, @JsonProperty("group_b") GroupKey groupB,
                            @JsonProperty("a_rates_b") Double aRatesB, @JsonProperty("n_a_rates_b") int nARatesB,
                            @JsonProperty("b_rates_a") Double bRatesA, @JsonProperty("n_b_rates_a") int nBRatesA,
                            Double difference) {
    }
}
