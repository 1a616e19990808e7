package dk.samspil.projections.outcomes;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.hipparchus.distribution.continuous.TDistribution;

/** The difference of two independent means with Welch's standard error and a 95% CI on Welch-Satterthwaite df. */
public final class Welch {

    /** after - before; se, CI and df null where undefined (a side of one value, or no spread at all). */
    public record Difference(Double difference, Double se, @JsonProperty("ci_low") Double ciLow, @JsonProperty("ci_high") Double ciHigh,
                             Double df) {
    }

    private Welch() {
    }

    /** From each side's mean, sample variance (null for one value) and number of values. */
    public static Difference of(double beforeMean, Double beforeVariance, long before, double afterMean, Double afterVariance,
                                long after) {
        double difference = afterMean - beforeMean;
        if (before < 2 || after < 2 || beforeVariance == null || afterVariance == null) {
            return new Difference(difference, null, null, null, null);
        }
        double a = beforeVariance / before;
        double b = afterVariance / after;
        double se = Math.sqrt(a + b);
        if (se == 0) {
            return new Difference(difference, 0.0, null, null, null);
        }
        // the same Satterthwaite df as a subgroup difference, each side a sample variance over n - 1
        double df = dk.samspil.projections.attributes.Difference.satterthwaite(a, before - 1, b, after - 1);
        double t = new TDistribution(df).inverseCumulativeProbability(0.975);
        return new Difference(difference, se, difference - t * se, difference + t * se, df);
    }
}
