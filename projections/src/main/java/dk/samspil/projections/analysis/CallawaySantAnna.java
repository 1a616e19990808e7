package dk.samspil.projections.analysis;

import org.hipparchus.distribution.continuous.NormalDistribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Callaway & Sant'Anna (2021) group-time effects of a staggered start on a balanced panel, as the R package did 2.x
 * computes them without covariates: each start group g against never- or not-yet-treated units at each wave t, with a
 * varying base (g−1 from the start on, t−1 before it, so earlier cells are placebos), and did's simple, event-time and
 * per-group averages with their influence functions. No comparison uses already-treated units as controls, so effects
 * that grow or differ by group do not bias it the way they bias the TWFE coefficient (see {@link GoodmanBacon}).
 */
final class CallawaySantAnna {

    /** One unit at one panel wave (0..T-1, every unit present at every wave: a balanced panel); group = index of the unit's first treated wave, or NEVER. */
    record Row(String unit, int wave, double y, int group) {
    }

    static final int NEVER = Integer.MAX_VALUE;
    /** did's default number of multiplier-bootstrap draws. */
    static final int BOOTSTRAP_DRAWS = 999;
    /** Fixed so that a bootstrap se, once reported, can be reproduced from the same panel. */
    static final long BOOTSTRAP_SEED = 20210401L;

    /** att/se/ci null when the cell has no comparison units. */
    record Cell(int group, int time, int base, Double att, Double se, Double ciLow, Double ciHigh, int nGroup, int nControl) {
        int eventTime() {
            return time - group;
        }
    }

    /** An average of cells; all null when no cell with comparison units enters it. */
    record Figure(Double att, Double se, Double ciLow, Double ciHigh) {
    }

    /** {@code dynamic} by event time t − g (negative: placebos), {@code group} by start group over its post cells. */
    record Result(List<Cell> cells, Figure simple, SortedMap<Integer, Figure> dynamic, SortedMap<Integer, Figure> group, int units) {
    }

    private static final NormalDistribution NORMAL = new NormalDistribution();
    private static final double Z = NORMAL.inverseCumulativeProbability(0.975);
    private static final double IQR_OF_NORMAL = NORMAL.inverseCumulativeProbability(0.75) - NORMAL.inverseCumulativeProbability(0.25);

    /** The panel over units in sorted order: y[unit][wave], each unit's group, and the finite groups. */
    private record Panel(List<String> units, double[][] y, int[] group, SortedSet<Integer> groups, int waves) {
    }

    /** A figure before its se: the estimate and each unit's influence on it. */
    private record Draft(double att, double[] psi) {
    }

    /** One group-time comparison; draft null when no unit is there to compare with. */
    private record Comparison(int group, int time, int base, int nGroup, int nControl, Draft draft) {
        boolean post() {
            return time >= group;
        }
    }

    private CallawaySantAnna() {
    }

    /** @throws IllegalArgumentException with the reason in words (fewer than 2 waves; unbalanced input; no group with a pre-period; NEVER control but no never-treated unit — say "use control not-yet") */
    static Result estimate(List<Row> balanced, StaggeredControl control, StandardErrors errors) {
        Panel panel = panel(balanced);
        int n = panel.units().size();
        if (control == StaggeredControl.NEVER && Arrays.stream(panel.group()).noneMatch(g -> g == NEVER)) {
            throw new IllegalArgumentException("no unit is never treated, so control never has nothing to compare with; use control not-yet");
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (int g : panel.groups()) {
            for (int t = 1; t < panel.waves(); t++) {
                comparisons.add(compare(panel, g, t, control));
            }
        }
        List<Comparison> used = comparisons.stream().filter(c -> c.draft() != null).toList();
        List<Comparison> post = used.stream().filter(Comparison::post).toList();
        ToDoubleFunction<double[]> spread = errors == StandardErrors.BOOTSTRAP ? new Multipliers(n)::se : CallawaySantAnna::influenceSe;

        List<Cell> cells = new ArrayList<>();
        for (Comparison c : comparisons) {
            Figure f = figure(c.draft(), spread);
            cells.add(new Cell(c.group(), c.time(), c.base(), f.att(), f.se(), f.ciLow(), f.ciHigh(), c.nGroup(), c.nControl()));
        }
        SortedMap<Integer, Figure> dynamic = new TreeMap<>();
        for (int e : new TreeSet<>(used.stream().map(c -> c.time() - c.group()).toList())) {
            dynamic.put(e, figure(weighted(used.stream().filter(c -> c.time() - c.group() == e).toList(), panel), spread));
        }
        SortedMap<Integer, Figure> group = new TreeMap<>();
        for (int g : panel.groups()) {
            List<Comparison> ofGroup = post.stream().filter(c -> c.group() == g).toList();
            if (!ofGroup.isEmpty()) {
                group.put(g, figure(mean(ofGroup, n), spread));
            }
        }
        return new Result(List.copyOf(cells), figure(weighted(post, panel), spread), dynamic, group, n);
    }

    /** ATT(g,t) as the difference of mean changes since the base, with the two-sample influence function. */
    private static Comparison compare(Panel panel, int g, int t, StaggeredControl control) {
        int base = t >= g ? g - 1 : t - 1;
        int n = panel.units().size();
        double[] change = new double[n];
        int[] role = new int[n];
        int nGroup = 0;
        int nControl = 0;
        double sumGroup = 0;
        double sumControl = 0;
        for (int i = 0; i < n; i++) {
            int unitGroup = panel.group()[i];
            change[i] = panel.y()[i][t] - panel.y()[i][base];
            if (unitGroup == g) {
                role[i] = 1;
                nGroup++;
                sumGroup += change[i];
            } else if (unitGroup == NEVER || (control == StaggeredControl.NOT_YET && unitGroup > t)) {
                role[i] = 2;
                nControl++;
                sumControl += change[i];
            }
        }
        if (nControl == 0) {
            return new Comparison(g, t, base, nGroup, 0, null);
        }
        double meanGroup = sumGroup / nGroup;
        double meanControl = sumControl / nControl;
        double[] psi = new double[n];
        for (int i = 0; i < n; i++) {
            if (role[i] == 1) {
                psi[i] = (double) n / nGroup * (change[i] - meanGroup);
            } else if (role[i] == 2) {
                psi[i] = -(double) n / nControl * (change[i] - meanControl);
            }
        }
        return new Comparison(g, t, base, nGroup, nControl, new Draft(meanGroup - meanControl, psi));
    }

    /**
     * did's compute.aggte average with weights π_g/S: the influence function adds the effect of estimating the group
     * shares (its wif term), which matters whenever the cells' effects differ.
     */
    private static Draft weighted(List<Comparison> keep, Panel panel) {
        if (keep.isEmpty()) {
            return null;
        }
        int n = panel.units().size();
        Map<Integer, Double> share = new HashMap<>();
        for (int g : panel.group()) {
            share.merge(g, 1.0 / n, Double::sum);
        }
        int k = keep.size();
        double[] pi = new double[k];
        double s = 0;
        for (int j = 0; j < k; j++) {
            pi[j] = share.get(keep.get(j).group());
            s += pi[j];
        }
        double att = 0;
        for (int j = 0; j < k; j++) {
            att += pi[j] / s * keep.get(j).draft().att();
        }
        double[] psi = new double[n];
        for (int i = 0; i < n; i++) {
            double deviation = 0;
            for (int j = 0; j < k; j++) {
                deviation += (panel.group()[i] == keep.get(j).group() ? 1 : 0) - pi[j];
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                Draft d = keep.get(j).draft();
                double inGroup = panel.group()[i] == keep.get(j).group() ? 1 : 0;
                double omega = (inGroup - pi[j]) / s - deviation * pi[j] / (s * s);
                sum += pi[j] / s * d.psi()[i] + d.att() * omega;
            }
            psi[i] = sum;
        }
        return new Draft(att, psi);
    }

    /** did's group average: one group's cells share one weight, so there is no weight-estimation term. */
    private static Draft mean(List<Comparison> keep, int n) {
        double att = 0;
        double[] psi = new double[n];
        for (Comparison c : keep) {
            att += c.draft().att();
            for (int i = 0; i < n; i++) {
                psi[i] += c.draft().psi()[i];
            }
        }
        for (int i = 0; i < n; i++) {
            psi[i] /= keep.size();
        }
        return new Draft(att / keep.size(), psi);
    }

    private static Figure figure(Draft draft, ToDoubleFunction<double[]> spread) {
        if (draft == null) {
            return new Figure(null, null, null, null);
        }
        double se = spread.applyAsDouble(draft.psi());
        return new Figure(draft.att(), se, draft.att() - Z * se, draft.att() + Z * se);
    }

    private static double influenceSe(double[] psi) {
        double sum = 0;
        for (double p : psi) {
            sum += p * p;
        }
        return Math.sqrt(sum) / psi.length;
    }

    /** did's mboot: one B×N matrix of Mammen weights, reused for every figure, and the IQR-based se of the draws. */
    private static final class Multipliers {
        private static final double LOW = (1 - Math.sqrt(5)) / 2;
        private static final double HIGH = (1 + Math.sqrt(5)) / 2;
        private static final double P_LOW = (Math.sqrt(5) + 1) / (2 * Math.sqrt(5));

        private final int n;
        private final BitSet[] low = new BitSet[BOOTSTRAP_DRAWS];

        Multipliers(int n) {
            this.n = n;
            Random random = new Random(BOOTSTRAP_SEED);
            for (int b = 0; b < BOOTSTRAP_DRAWS; b++) {
                low[b] = new BitSet(n);
                for (int i = 0; i < n; i++) {
                    low[b].set(i, random.nextDouble() < P_LOW);
                }
            }
        }

        double se(double[] psi) {
            double[] theta = new double[BOOTSTRAP_DRAWS];
            for (int b = 0; b < BOOTSTRAP_DRAWS; b++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += (low[b].get(i) ? LOW : HIGH) * psi[i];
                }
                theta[b] = sum / n;
            }
            Arrays.sort(theta);
            return (quantile(theta, 0.75) - quantile(theta, 0.25)) / IQR_OF_NORMAL;
        }

        /** R's type-1 quantile: the smallest draw whose empirical distribution reaches p. */
        private static double quantile(double[] sorted, double p) {
            return sorted[(int) Math.ceil(p * sorted.length) - 1];
        }
    }

    private static Panel panel(List<Row> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows: a group-time effect needs a panel of units and waves");
        }
        if (rows.stream().anyMatch(r -> r.wave() < 0)) {
            throw new IllegalArgumentException("waves are numbered from 0; found a negative wave");
        }
        int waves = rows.stream().mapToInt(Row::wave).max().orElseThrow() + 1;
        if (waves < 2) {
            throw new IllegalArgumentException("a group-time effect needs at least 2 waves; found " + waves);
        }
        SortedMap<String, double[]> ys = new TreeMap<>();
        Map<String, BitSet> seen = new HashMap<>();
        Map<String, Integer> groupOf = new HashMap<>();
        for (Row row : rows) {
            if (row.group() <= 0) {
                throw new IllegalArgumentException(row.group() == 0
                        ? "unit " + row.unit() + " is treated from wave 0, so it has no wave before its start; leave such units out"
                        : "unit " + row.unit() + " has group " + row.group() + "; a group is a first treated wave from 1, or NEVER");
            }
            int g = row.group() >= waves ? NEVER : row.group();
            Integer before = groupOf.putIfAbsent(row.unit(), g);
            if (before != null && before != g) {
                throw new IllegalArgumentException("unit " + row.unit() + " has two groups, " + before + " and " + g);
            }
            BitSet waveSeen = seen.computeIfAbsent(row.unit(), u -> new BitSet(waves));
            if (waveSeen.get(row.wave())) {
                throw new IllegalArgumentException("the panel is unbalanced: unit " + row.unit() + " has two rows at wave " + row.wave());
            }
            waveSeen.set(row.wave());
            ys.computeIfAbsent(row.unit(), u -> new double[waves])[row.wave()] = row.y();
        }
        List<String> units = List.copyOf(ys.keySet());
        for (String unit : units) {
            int missing = seen.get(unit).nextClearBit(0);
            if (missing < waves) {
                throw new IllegalArgumentException("the panel is unbalanced: unit " + unit + " has no row at wave " + missing
                        + "; every unit needs a row at every wave 0.." + (waves - 1));
            }
        }
        int[] group = units.stream().mapToInt(groupOf::get).toArray();
        SortedSet<Integer> groups = new TreeSet<>(Arrays.stream(group).filter(g -> g != NEVER).boxed().toList());
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no group with a pre-period: no unit starts treatment between wave 1 and wave " + (waves - 1));
        }
        return new Panel(units, ys.values().toArray(double[][]::new), group, groups, waves);
    }
}
