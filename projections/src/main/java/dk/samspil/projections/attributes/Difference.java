package dk.samspil.projections.attributes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * An analysis's estimate for one subgroup minus the same for the reference subgroup (the attribute's first value),
 * with its standard error and 95% interval; the numbers are null when either side has no estimate.
 *
 * @param of what is compared where an analysis has several estimates (an intervention's start); null where it has one
 */
public record Difference(@JsonInclude(JsonInclude.Include.NON_NULL) String of, String value, String reference, Double estimate,
                         Double se, @JsonProperty("ci_low") Double ciLow, @JsonProperty("ci_high") Double ciHigh, String method) {

    /**
     * Estimate a minus estimate b of two independent samples: se = sqrt(se_a² + se_b²), and the 95% interval from
     * t(0.975, df) with the degrees of freedom the analysis gives.
     */
    public static Difference between(String of, String value, String reference, double a, double seA, double b, double seB, double df,
                                     String method) {
        double estimate = a - b;
        double se = Math.sqrt(seA * seA + seB * seB);
        double half = new TDistribution(df).inverseCumulativeProbability(0.975) * se;
        return new Difference(of, value, reference, estimate, se, estimate - half, estimate + half, method);
    }

    /**
     * The same with Welch–Satterthwaite degrees of freedom from both estimates' own; nothing to compare (none) when
     * either lacks its se or df.
     */
    public static Difference welch(String of, String value, String reference, Double a, Double seA, Double dfA, Double b, Double seB,
                                   Double dfB, String method) {
        if (a == null || b == null || seA == null || seB == null || dfA == null || dfB == null) {
            return none(of, value, reference, method);
        }
        return between(of, value, reference, a, seA, b, seB, satterthwaite(seA * seA, dfA, seB * seB, dfB), method);
    }

    /** Welch–Satterthwaite degrees of freedom of a sum of two independent variances, each with its own df. */
    public static double satterthwaite(double va, double dfA, double vb, double dfB) {
        return (va + vb) * (va + vb) / (va * va / dfA + vb * vb / dfB);
    }

    /** Without both estimates there is nothing to compare. */
    public static Difference none(String of, String value, String reference, String method) {
        return new Difference(of, value, reference, null, null, null, null, method);
    }
}
