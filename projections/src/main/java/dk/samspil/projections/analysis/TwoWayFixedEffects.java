package dk.samspil.projections.analysis;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two-way fixed-effects least squares (measures.md, Intervention effect): y = a + b·D + unit dummies +
 * wave dummies, with the standard error of b clustered by unit and the CR1 small-sample factor
 * G/(G-1)·(N-1)/(N-K). The panel may be unbalanced (a unit missing a wave simply has no row) and
 * treatment may start at different waves (staggered); b is then the usual TWFE average of all
 * 2×2 comparisons, including those that use already-treated units as controls (Goodman-Bacon 2021).
 */
final class TwoWayFixedEffects {

    /** One unit at one wave; {@code wave} is the wave's place in the study's schedule. */
    record Observation(String unit, int wave, double y, boolean treated) {
    }

    /**
     * @param regressors K: intercept, treatment, and the unit and wave dummies (one level of each left out)
     * @param influence  per unit, its share of b's estimation error: the treatment row of (X'X)⁻¹ times the unit's
     *                   sum of x·residual, so that the clustered variance is CR1 times the sum of their squares
     */
    record Estimate(double estimate, double se, double ciLow, double ciHigh, double t, int nObs, int clusters, int regressors,
                    int degreesOfFreedom, Map<String, Double> influence) {
    }

    /** b of one subgroup's panel minus b of another's, and its unit-clustered se and 95% interval. */
    record Contrast(double estimate, double se, double ciLow, double ciHigh, int clusters) {
    }

    /**
     * {@code b} minus {@code a} as the stacked, fully interacted model gives it (each panel its own unit, wave and
     * treatment coefficients, errors clustered by unit across both): the units in both panels make the two estimates
     * covary, so var = CR1 · Σ_unit (influence_b − influence_a)², with G the units of either panel, N and K summed, and
     * t(0.975, G − 1).
     */
    static Contrast contrast(Estimate a, Estimate b) {
        Set<String> units = new TreeSet<>(a.influence().keySet());
        units.addAll(b.influence().keySet());
        double sum = 0;
        for (String unit : units) {
            double d = b.influence().getOrDefault(unit, 0.0) - a.influence().getOrDefault(unit, 0.0);
            sum += d * d;
        }
        int g = units.size();
        int n = a.nObs() + b.nObs();
        int k = a.regressors() + b.regressors();
        double se = Math.sqrt((double) g / (g - 1) * (n - 1) / (n - k) * sum);
        double estimate = b.estimate() - a.estimate();
        double t = new TDistribution(g - 1).inverseCumulativeProbability(0.975);
        return new Contrast(estimate, se, estimate - t * se, estimate + t * se, g);
    }

    private TwoWayFixedEffects() {
    }

    /** @throws IllegalArgumentException when the data cannot identify b, with the reason in words */
    static Estimate fit(List<Observation> observations) {
        List<String> units = new ArrayList<>(new TreeSet<>(observations.stream().map(Observation::unit).toList()));
        List<Integer> waves = new ArrayList<>(new TreeSet<>(observations.stream().map(Observation::wave).toList()));
        int n = observations.size();
        int k = 2 + (units.size() - 1) + (waves.size() - 1);
        if (units.size() < 2 || waves.size() < 2) {
            throw new IllegalArgumentException("a difference-in-differences needs at least two units and two waves with figures at n >= k; found "
                    + units.size() + " unit(s) and " + waves.size() + " wave(s)");
        }
        if (observations.stream().allMatch(Observation::treated) || observations.stream().noneMatch(Observation::treated)) {
            throw new IllegalArgumentException("the treatment never varies: every unit-wave is "
                    + (observations.getFirst().treated() ? "treated" : "untreated"));
        }
        if (n <= k) {
            throw new IllegalArgumentException("too few unit-waves (" + n + ") for " + k + " regressors");
        }
        Map<String, Integer> unitColumn = new LinkedHashMap<>();
        for (int u = 1; u < units.size(); u++) {
            unitColumn.put(units.get(u), 1 + u);
        }
        Map<Integer, Integer> waveColumn = new LinkedHashMap<>();
        for (int w = 1; w < waves.size(); w++) {
            waveColumn.put(waves.get(w), units.size() + w);
        }
        RealMatrix x = new Array2DRowRealMatrix(n, k);
        RealVector y = new ArrayRealVector(n);
        for (int i = 0; i < n; i++) {
            Observation o = observations.get(i);
            x.setEntry(i, 0, 1);
            x.setEntry(i, 1, o.treated() ? 1 : 0);
            Integer uc = unitColumn.get(o.unit());
            if (uc != null) {
                x.setEntry(i, uc, 1);
            }
            Integer wc = waveColumn.get(o.wave());
            if (wc != null) {
                x.setEntry(i, wc, 1);
            }
            y.setEntry(i, o.y());
        }
        // a rank-deficient design means D is a combination of the dummies (e.g. every unit starts at the same wave)
        if (!new QRDecomposition(x, 1e-9).getSolver().isNonSingular()) {
            throw new IllegalArgumentException("the treatment cannot be told apart from the unit and wave effects "
                    + "(for example every unit starts at the same wave and none stays untreated)");
        }
        RealMatrix bread = MatrixUtils.inverse(x.transposeMultiply(x));
        RealVector beta = bread.operate(x.transpose().operate(y));
        RealVector residual = y.subtract(x.operate(beta));

        // (bread · meat · bread)[1][1] with meat = Σ_unit score·score' is Σ_unit (bread's treatment row · score)²
        RealVector treatmentRow = bread.getRowVector(1);
        Map<String, Double> influence = new LinkedHashMap<>();
        double sum = 0;
        for (String unit : units) {
            RealVector score = new ArrayRealVector(k);
            for (int i = 0; i < n; i++) {
                if (observations.get(i).unit().equals(unit)) {
                    score = score.add(x.getRowVector(i).mapMultiply(residual.getEntry(i)));
                }
            }
            double share = treatmentRow.dotProduct(score);
            influence.put(unit, share);
            sum += share * share;
        }
        int g = units.size();
        double cr1 = (double) g / (g - 1) * (n - 1) / (n - k);
        double b = beta.getEntry(1);
        double se = Math.sqrt(cr1 * sum);
        double t = new TDistribution(g - 1).inverseCumulativeProbability(0.975);
        return new Estimate(b, se, b - t * se, b + t * se, t, n, g, k, g - 1, influence);
    }
}
