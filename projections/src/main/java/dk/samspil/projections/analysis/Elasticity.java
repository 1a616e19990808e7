package dk.samspil.projections.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;

import java.util.List;

/**
 * How much Y moves with X across units (measures.md, Elasticity): the slope of ln(Y) on ln(X).
 * The estimate fields are null when fewer than three units qualify; {@code note} then says why.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Elasticity(StudyId study, WaveKey wave, InstrumentRef x, InstrumentRef y, String scope,
                         @JsonProperty("as_of_position") long asOfPosition, int k, List<InstrumentRef> instruments,
                         String method, Double slope, Double se, @JsonProperty("ci_low") Double ciLow,
                         @JsonProperty("ci_high") Double ciHigh, int n, Double r2,
                         @JsonProperty("pct_for_10pct") Double pctFor10pct,
                         @JsonProperty("units_used") List<UnitPoint> unitsUsed,
                         @JsonProperty("units_excluded") List<ExcludedUnit> unitsExcluded, String note) {

    public static final String METHOD = "OLS of ln(y) on ln(x) with intercept across units; classical se; 95% CI with t(0.975, n-2)";

    /** A unit in the fit, with both indices and their n. */
    public record UnitPoint(String unit, double x, @JsonProperty("n_x") int nX, double y, @JsonProperty("n_y") int nY) {
    }

    /**
     * A unit left out, and why: {@code below_k} (an index from fewer than k respondents) or
     * {@code missing} (no respondent with a score on one of the two instruments).
     */
    public record ExcludedUnit(String unit, String reason, @JsonProperty("n_x") int nX, @JsonProperty("n_y") int nY) {
    }
}
