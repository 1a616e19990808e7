package dk.samspil.projections.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;

import java.util.List;

/**
 * Callaway–Sant'Anna group-time effects of an intervention type on a unit index (docs/analyses.md, Staggered effect),
 * beside the Goodman-Bacon decomposition of the two-way fixed-effects estimate, so a researcher sees why they differ.
 * Groups, times and bases are wave keys; event time counts waves from the group's first treated wave.
 *
 * @param excludedUnits units left out of the balanced panel, with the reason
 * @param bacon         the decomposition of the regression refitted on the same balanced panel; null when it cannot be fitted
 * @param caution       what makes figures unreliable (one-unit sides, cells without comparison units), or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StaggeredEffect(StudyId study, String type, InstrumentRef outcome, String scope,
                              @JsonProperty("as_of_position") long asOfPosition, int k, List<InstrumentRef> instruments, String method,
                              String estimator, String control, @JsonProperty("standard_errors") String standardErrors,
                              @JsonProperty("att_gt") List<GroupTime> attGt, Estimate simple, List<EventTime> dynamic, List<Group> group,
                              @JsonProperty("excluded_units") List<ExcludedUnit> excludedUnits, Bacon bacon, String caution) {

    public static final String ESTIMATOR = "callaway-santanna";

    public static final String METHOD_INFLUENCE = "Callaway-Sant'Anna (2021) group-time effects on the balanced panel of unit-wave "
            + "indices: ATT(g,t) = mean change of start group g from its base wave (g-1 from the start on; t-1 before it, a pre-trend "
            + "placebo) minus the same mean change of the comparison units; se from the influence function, 95% CI with z(0.975); "
            + "simple, dynamic and group averages weighted by group size as the R package did computes them";
    public static final String METHOD_BOOTSTRAP = "Callaway-Sant'Anna (2021) group-time effects on the balanced panel of unit-wave "
            + "indices: ATT(g,t) = mean change of start group g from its base wave (g-1 from the start on; t-1 before it, a pre-trend "
            + "placebo) minus the same mean change of the comparison units; se from the unit multiplier bootstrap (Mammen weights, "
            + CallawaySantAnna.BOOTSTRAP_DRAWS + " draws, seed " + CallawaySantAnna.BOOTSTRAP_SEED + ", interquartile range as did's "
            + "mboot), 95% CI with z(0.975); simple, dynamic and group averages weighted by group size as the R package did computes them";

    /** ATT(g,t): null figures when the cell has no comparison units. */
    public record GroupTime(String group, String time, @JsonProperty("event_time") int eventTime, String base, Double att, Double se,
                            @JsonProperty("ci_low") Double ciLow, @JsonProperty("ci_high") Double ciHigh,
                            @JsonProperty("n_group") int nGroup, @JsonProperty("n_control") int nControl) {
    }

    /** An average of group-time effects. */
    public record Estimate(Double att, Double se, @JsonProperty("ci_low") Double ciLow, @JsonProperty("ci_high") Double ciHigh) {
    }

    /** The effect e waves after the start (negative: pre-trend placebos). */
    public record EventTime(@JsonProperty("event_time") int eventTime, Double att, Double se, @JsonProperty("ci_low") Double ciLow,
                            @JsonProperty("ci_high") Double ciHigh) {
    }

    /** One start group's mean effect over its treated waves. */
    public record Group(String group, Double att, Double se, @JsonProperty("ci_low") Double ciLow, @JsonProperty("ci_high") Double ciHigh,
                        @JsonProperty("n_group") int nGroup) {
    }

    /** @param reason missing (no figure at the wave), suppressed (withheld at the wave) or treated_from_first_wave */
    public record ExcludedUnit(String unit, String reason, String wave) {
    }

    /**
     * @param twfeEstimate        the regression on the balanced panel: the weighted sum of the comparisons
     * @param twfeReported        the regression as analyze effect reports it (every shown unit-wave); null when it cannot be fitted
     * @param alreadyTreatedShare the weight of comparisons that use already-treated units as controls
     */
    public record Bacon(@JsonProperty("twfe_estimate") double twfeEstimate, @JsonProperty("twfe_reported") Double twfeReported,
                        @JsonProperty("already_treated_share") double alreadyTreatedShare, List<Comparison> comparisons) {
    }

    /** One 2×2 comparison: the treated group against a control group (a wave key, or "never"). */
    public record Comparison(String kind, String treated, String control, double estimate, double weight,
                             @JsonProperty("already_treated_control") boolean alreadyTreatedControl) {
    }
}
