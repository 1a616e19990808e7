package dk.samspil.projections.attributes;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An analysis's estimate for one subgroup minus the same for the reference subgroup (the attribute's first value),
 * with its standard error and 95% interval; the numbers are null when either side has no estimate.
 */
public record Difference(String value, String reference, Double estimate, Double se, @JsonProperty("ci_low") Double ciLow,
                         @JsonProperty("ci_high") Double ciHigh, String method) {
}
