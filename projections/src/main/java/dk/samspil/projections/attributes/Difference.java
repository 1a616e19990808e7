package dk.samspil.projections.attributes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An analysis's estimate for one subgroup minus the same for the reference subgroup (the attribute's first value),
 * with its standard error and 95% interval; the numbers are null when either side has no estimate.
 *
 * @param of what is compared where an analysis has several estimates (an intervention's start); null where it has one
 */
public record Difference(@JsonInclude(JsonInclude.Include.NON_NULL) String of, String value, String reference, Double estimate,
                         Double se, @JsonProperty("ci_low") Double ciLow, @JsonProperty("ci_high") Double ciHigh, String method) {

    /** Without both estimates there is nothing to compare. */
    public static Difference none(String of, String value, String reference, String method) {
        return new Difference(of, value, reference, null, null, null, null, method);
    }
}
