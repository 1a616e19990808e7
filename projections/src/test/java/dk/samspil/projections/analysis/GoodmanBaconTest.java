package dk.samspil.projections.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The decomposition on a five-wave balanced panel: u00–u01 treated from wave 0 (always treated), u02–u03 from wave 1,
 * u04–u06 from wave 2, u07–u08 from wave 4, u09–u11 never. The effect is group-specific and grows by γ = 0.3 a wave.
 */
class GoodmanBaconTest {

    private static final double[] WAVE = {0, 0.2, 0.5, 0.4, 0.8};
    private static final int[] FIRST = {0, 0, 1, 1, 2, 2, 2, 4, 4, -1, -1, -1};
    private static final Map<Integer, Double> DELTA = Map.of(0, 0.5, 1, 0.8, 2, 1.0, 4, 0.6);
    private static final double GAMMA = 0.3;
    private static final int T = WAVE.length;

    @Test
    void weights_sum_to_one_and_reproduce_the_twfe_coefficient() {
        List<TwoWayFixedEffects.Observation> panel = panel(FIRST, true);
        GoodmanBacon.Decomposition decomposition = GoodmanBacon.decompose(panel);

        double weights = decomposition.comparisons().stream().mapToDouble(GoodmanBacon.Comparison::weight).sum();
        double weighted = decomposition.comparisons().stream().mapToDouble(c -> c.weight() * c.estimate()).sum();
        double twfe = TwoWayFixedEffects.fit(panel).estimate();
        assertThat(weights).isCloseTo(1, within(1e-12));
        assertThat(weighted).isCloseTo(twfe, within(1e-12));
        assertThat(decomposition.twfe()).isCloseTo(twfe, within(1e-12));
        assertThat(decomposition.comparisons()).allSatisfy(c -> assertThat(c.weight()).isPositive());
        // three starts against the never treated; three pairs of starts after wave 0 each way; the always treated as control of three
        assertThat(decomposition.comparisons()).extracting(c -> c.kind() + " " + c.treated() + " " + c.control()).containsExactly(
                "earlier_vs_later 1 2", "earlier_vs_later 1 4", "earlier_vs_later 2 4",
                "later_vs_earlier 1 0", "later_vs_earlier 2 0", "later_vs_earlier 2 1",
                "later_vs_earlier 4 0", "later_vs_earlier 4 1", "later_vs_earlier 4 2",
                "treated_vs_never 1 " + CallawaySantAnna.NEVER, "treated_vs_never 2 " + CallawaySantAnna.NEVER,
                "treated_vs_never 4 " + CallawaySantAnna.NEVER);
    }

    @Test
    void already_treated_share_is_the_weight_on_later_vs_earlier_comparisons() {
        GoodmanBacon.Decomposition decomposition = GoodmanBacon.decompose(panel(FIRST, true));

        double laterVsEarlier = decomposition.comparisons().stream().filter(GoodmanBacon.Comparison::alreadyTreatedControl)
                .mapToDouble(GoodmanBacon.Comparison::weight).sum();
        assertThat(decomposition.alreadyTreatedShare()).isPositive().isCloseTo(laterVsEarlier, within(1e-15));
        assertThat(decomposition.comparisons()).filteredOn(GoodmanBacon.Comparison::alreadyTreatedControl)
                .extracting(GoodmanBacon.Comparison::kind).containsOnly("later_vs_earlier");
    }

    /**
     * Without noise a comparison with an untreated control gives the treated group's average effect over its post
     * waves, δ + γ·(post waves − 1)/2; an already-treated control subtracts its own growth, γ·(T − t_k)/2.
     */
    @Test
    void clean_controls_give_the_average_effect_and_already_treated_controls_subtract_their_growth() {
        for (GoodmanBacon.Comparison c : GoodmanBacon.decompose(panel(FIRST, false)).comparisons()) {
            double expected = switch (c.kind()) {
                case "treated_vs_never" -> DELTA.get(c.treated()) + GAMMA * (T - c.treated() - 1) / 2;
                case "earlier_vs_later" -> DELTA.get(c.treated()) + GAMMA * (c.control() - c.treated() - 1) / 2;
                default -> DELTA.get(c.treated()) + GAMMA * (T - c.treated() - 1) / 2 - GAMMA * (T - c.control()) / 2;
            };
            assertThat(c.estimate()).as("%s", c).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void one_timing_group_against_never_treated_is_a_single_comparison_equal_to_twfe() {
        List<TwoWayFixedEffects.Observation> panel = panel(new int[]{2, 2, 2, -1, -1}, true);
        GoodmanBacon.Decomposition decomposition = GoodmanBacon.decompose(panel);

        assertThat(decomposition.comparisons()).hasSize(1);
        GoodmanBacon.Comparison only = decomposition.comparisons().getFirst();
        assertThat(only.kind()).isEqualTo("treated_vs_never");
        assertThat(only.treated()).isEqualTo(2);
        assertThat(only.control()).isEqualTo(CallawaySantAnna.NEVER);
        assertThat(only.weight()).isCloseTo(1, within(1e-12));
        assertThat(only.estimate()).isCloseTo(TwoWayFixedEffects.fit(panel).estimate(), within(1e-12));
        assertThat(decomposition.alreadyTreatedShare()).isZero();
    }

    @Test
    void a_treatment_that_stops_and_an_unbalanced_panel_are_refused() {
        List<TwoWayFixedEffects.Observation> stops = new ArrayList<>(panel(FIRST, false));
        TwoWayFixedEffects.Observation last = stops.get(T * 2 + 4);
        stops.set(T * 2 + 4, new TwoWayFixedEffects.Observation(last.unit(), last.wave(), last.y(), false));
        assertThatThrownBy(() -> GoodmanBacon.decompose(stops))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absorbing").hasMessageContaining("u02");

        List<TwoWayFixedEffects.Observation> missing = new ArrayList<>(panel(FIRST, false));
        missing.remove(3);
        assertThatThrownBy(() -> GoodmanBacon.decompose(missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unbalanced");

        List<TwoWayFixedEffects.Observation> allAtOnce = panel(new int[]{2, 2, 2}, false);
        assertThatThrownBy(() -> GoodmanBacon.decompose(allAtOnce)).hasMessageContaining("cannot be told apart");
    }

    /** {@code first[i]} is unit i's first treated wave, −1 for never. */
    private static List<TwoWayFixedEffects.Observation> panel(int[] first, boolean noisy) {
        List<TwoWayFixedEffects.Observation> panel = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            for (int t = 0; t < T; t++) {
                boolean treated = first[i] >= 0 && t >= first[i];
                double effect = treated ? DELTA.get(first[i]) + GAMMA * (t - first[i]) : 0;
                double y = 1 + 0.1 * i + WAVE[t] + effect + (noisy ? CallawaySantAnnaTest.noise(i, t) : 0);
                panel.add(new TwoWayFixedEffects.Observation(String.format(Locale.ROOT, "u%02d", i), t, y, treated));
            }
        }
        return panel;
    }
}
