package dk.samspil.projections.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Goodman-Bacon (2021) decomposition of the TWFE coefficient on a balanced panel with an absorbing treatment: the
 * coefficient is a weighted average of every 2×2 difference-in-differences between timing groups, and the weight on
 * comparisons that use already-treated units as controls says how far effects that change over time can bias it.
 */
final class GoodmanBacon {

    /**
     * One 2×2 difference-in-differences and its weight in the TWFE coefficient.
     *
     * @param kind    "treated_vs_never", "earlier_vs_later" or "later_vs_earlier" (the already-treated group as control)
     * @param treated first treated wave of the treated group
     * @param control first treated wave of the control group, or {@link CallawaySantAnna#NEVER}
     */
    record Comparison(String kind, int treated, int control, double estimate, double weight) {
        boolean alreadyTreatedControl() {
            return kind.equals("later_vs_earlier");
        }
    }

    record Decomposition(double twfe, double alreadyTreatedShare, List<Comparison> comparisons) {
    }

    /** Below this the treatment does not vary once unit and wave effects are taken out. */
    private static final double NO_VARIANCE = 1e-12;

    private GoodmanBacon() {
    }

    /** balanced panel (every unit every wave), treatment absorbing; twfe = Σ weight·estimate */
    static Decomposition decompose(List<TwoWayFixedEffects.Observation> balanced) {
        List<String> units = new ArrayList<>(new TreeSet<>(balanced.stream().map(TwoWayFixedEffects.Observation::unit).toList()));
        List<Integer> waves = new ArrayList<>(new TreeSet<>(balanced.stream().map(TwoWayFixedEffects.Observation::wave).toList()));
        int n = units.size();
        int t = waves.size();
        if (n < 2 || t < 2) {
            throw new IllegalArgumentException("a decomposition needs at least two units and two waves; found " + n + " unit(s) and " + t + " wave(s)");
        }
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            unitIndex.put(units.get(i), i);
        }
        Map<Integer, Integer> waveIndex = new HashMap<>();
        for (int w = 0; w < t; w++) {
            waveIndex.put(waves.get(w), w);
        }
        double[][] y = new double[n][t];
        double[][] d = new double[n][t];
        BitSet seen = new BitSet(n * t);
        for (TwoWayFixedEffects.Observation o : balanced) {
            int i = unitIndex.get(o.unit());
            int w = waveIndex.get(o.wave());
            if (seen.get(i * t + w)) {
                throw new IllegalArgumentException("the panel is unbalanced: unit " + o.unit() + " has two rows at wave " + o.wave());
            }
            seen.set(i * t + w);
            y[i][w] = o.y();
            d[i][w] = o.treated() ? 1 : 0;
        }
        int missing = seen.nextClearBit(0);
        if (missing < n * t) {
            throw new IllegalArgumentException("the panel is unbalanced: unit " + units.get(missing / t) + " has no row at wave "
                    + waves.get(missing % t) + "; every unit needs a row at every wave");
        }

        // timing groups by the index of their first treated wave; t marks never treated
        SortedMap<Integer, List<Integer>> groups = new TreeMap<>();
        List<Integer> never = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int first = firstTreated(d[i], units.get(i), waves);
            (first == t ? never : groups.computeIfAbsent(first, k -> new ArrayList<>())).add(i);
        }
        double variance = treatmentVariance(d);
        if (variance < NO_VARIANCE) {
            throw new IllegalArgumentException("the treatment cannot be told apart from the unit and wave effects "
                    + "(for example every unit starts at the same wave and none stays untreated)");
        }

        List<Comparison> comparisons = new ArrayList<>();
        double nU = (double) never.size() / n;
        for (Map.Entry<Integer, List<Integer>> k : groups.entrySet()) {
            int tk = k.getKey();
            if (tk == 0 || never.isEmpty()) {
                continue; // always treated against never treated has no wave before the start
            }
            double nk = (double) k.getValue().size() / n;
            double dk = (double) (t - tk) / t;
            double share = nk / (nk + nU);
            double beta = change(y, k.getValue(), 0, tk, t) - change(y, never, 0, tk, t);
            double s = square(nk + nU) * share * (1 - share) * dk * (1 - dk) / variance;
            comparisons.add(new Comparison("treated_vs_never", waves.get(tk), CallawaySantAnna.NEVER, beta, s));
        }
        for (Map.Entry<Integer, List<Integer>> k : groups.entrySet()) {
            for (Map.Entry<Integer, List<Integer>> l : groups.tailMap(k.getKey() + 1).entrySet()) {
                int tk = k.getKey();
                int tl = l.getKey();
                double nk = (double) k.getValue().size() / n;
                double nl = (double) l.getValue().size() / n;
                double dk = (double) (t - tk) / t;
                double dl = (double) (t - tl) / t;
                double share = nk / (nk + nl);
                if (tk > 0) {
                    double beta = change(y, k.getValue(), 0, tk, tl) - change(y, l.getValue(), 0, tk, tl);
                    double s = square((nk + nl) * (1 - dl)) * share * (1 - share)
                            * ((dk - dl) / (1 - dl)) * ((1 - dk) / (1 - dl)) / variance;
                    comparisons.add(new Comparison("earlier_vs_later", waves.get(tk), waves.get(tl), beta, s));
                }
                double beta = change(y, l.getValue(), tk, tl, t) - change(y, k.getValue(), tk, tl, t);
                double s = square((nk + nl) * dk) * share * (1 - share) * (dl / dk) * ((dk - dl) / dk) / variance;
                comparisons.add(new Comparison("later_vs_earlier", waves.get(tl), waves.get(tk), beta, s));
            }
        }
        comparisons.sort(Comparator.comparing(Comparison::kind).thenComparingInt(Comparison::treated).thenComparingInt(Comparison::control));
        double twfe = 0;
        double alreadyTreated = 0;
        for (Comparison c : comparisons) {
            twfe += c.weight() * c.estimate();
            alreadyTreated += c.alreadyTreatedControl() ? c.weight() : 0;
        }
        return new Decomposition(twfe, alreadyTreated, List.copyOf(comparisons));
    }

    /** Index of the unit's first treated wave, or the number of waves when never treated. */
    private static int firstTreated(double[] treated, String unit, List<Integer> waves) {
        int first = treated.length;
        for (int w = 0; w < treated.length; w++) {
            if (treated[w] == 1 && first == treated.length) {
                first = w;
            } else if (treated[w] == 0 && first < treated.length) {
                throw new IllegalArgumentException("the treatment must be absorbing: unit " + unit + " is treated at wave "
                        + waves.get(first) + " but not at wave " + waves.get(w));
            }
        }
        return first;
    }

    /** V̂ᴰ = (1/NT)·Σ D̃², D̃ the treatment with unit and wave means taken out. */
    private static double treatmentVariance(double[][] d) {
        int n = d.length;
        int t = d[0].length;
        double[] unitMean = new double[n];
        double[] waveMean = new double[t];
        double grand = 0;
        for (int i = 0; i < n; i++) {
            for (int w = 0; w < t; w++) {
                unitMean[i] += d[i][w] / t;
                waveMean[w] += d[i][w] / n;
                grand += d[i][w] / (n * t);
            }
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int w = 0; w < t; w++) {
                sum += square(d[i][w] - unitMean[i] - waveMean[w] + grand);
            }
        }
        return sum / (n * t);
    }

    /** ȳ over the units and waves [mid, to) minus ȳ over the same units and waves [from, mid). */
    private static double change(double[][] y, List<Integer> units, int from, int mid, int to) {
        return mean(y, units, mid, to) - mean(y, units, from, mid);
    }

    private static double mean(double[][] y, List<Integer> units, int from, int to) {
        double sum = 0;
        for (int i : units) {
            for (int w = from; w < to; w++) {
                sum += y[i][w];
            }
        }
        return sum / (units.size() * (to - from));
    }

    private static double square(double x) {
        return x * x;
    }
}
