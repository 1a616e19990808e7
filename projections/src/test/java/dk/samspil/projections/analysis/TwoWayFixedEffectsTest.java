package dk.samspil.projections.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The difference-in-differences estimator with staggered starts and a unit missing a wave: six
 * units, four waves; a and b start before wave 1, c and d before wave 2, e and f never; c has no
 * figure at wave 3. The estimator keeps every other unit-wave (an unbalanced panel) and still
 * identifies b from the units' timing.
 */
class TwoWayFixedEffectsTest {

    private static final Map<String, Double> UNIT = Map.of("a", 3.1, "b", 3.4, "c", 2.9, "d", 3.6, "e", 3.3, "f", 3.0);
    private static final double[] WAVE = {0, 0.1, 0.15, 0.3};
    private static final Map<String, Integer> FIRST_TREATED = Map.of("a", 1, "b", 1, "c", 2, "d", 2);

    private static final Map<String, double[]> NOISE = Map.of(
            "a", new double[]{0.05, -0.02, 0.04, -0.06}, "b", new double[]{-0.03, 0.07, -0.01, 0.02},
            "c", new double[]{0.01, -0.04, 0.06, 0}, "d", new double[]{0.02, 0.03, -0.05, 0.01},
            "e", new double[]{-0.01, 0.02, -0.03, 0.04}, "f", new double[]{0.03, -0.05, 0.02, -0.02});

    @Test
    void a_common_effect_is_recovered_exactly_despite_staggered_starts_and_a_missing_wave() {
        TwoWayFixedEffects.Estimate fit = TwoWayFixedEffects.fit(panel(0.3, 0.3, false));

        assertThat(fit.estimate()).isCloseTo(0.3, within(1e-12));
        assertThat(fit.se()).isCloseTo(0, within(1e-9));
        assertThat(fit.nObs()).isEqualTo(23);
        assertThat(fit.clusters()).isEqualTo(6);
        assertThat(fit.regressors()).as("intercept, D, 5 unit and 3 wave dummies").isEqualTo(10);
        assertThat(fit.degreesOfFreedom()).isEqualTo(5);
    }

    /**
     * Early starters gain 0.25, late starters 0.45: b is then the TWFE weighted average of the 2×2
     * comparisons, not either effect. Reference: numpy least squares with the CR1 sandwich by hand and
     * scipy's t(0.975, 5), on the same panel.
     */
    @Test
    void staggered_heterogeneous_effects_give_the_twfe_average_with_cr1_errors() {
        TwoWayFixedEffects.Estimate fit = TwoWayFixedEffects.fit(panel(0.25, 0.45, true));

        assertThat(fit.estimate()).isCloseTo(0.373829787234043, within(1e-10));
        assertThat(fit.se()).isCloseTo(0.06811305191699069, within(1e-10));
        assertThat(fit.ciLow()).isCloseTo(0.19873961320647346, within(1e-10));
        assertThat(fit.ciHigh()).isCloseTo(0.5489199612616125, within(1e-10));
        assertThat(fit.estimate()).isBetween(0.25, 0.45);
    }

    @Test
    void event_time_lines_treated_units_up_on_their_own_first_treated_wave() {
        List<TwoWayFixedEffects.Observation> panel = panel(0.3, 0.3, false);
        List<InterventionEffect.EventTime> rows = EffectAnalysis.eventTime(panel, FIRST_TREATED);

        assertThat(rows).extracting(InterventionEffect.EventTime::relativeWave).containsExactly(-2, -1, 0, 1, 2);
        InterventionEffect.EventTime start = rows.get(2);
        // at relative wave 0: a and b at wave 1, c and d at wave 2
        assertThat(start.treatedObs()).isEqualTo(4);
        assertThat(start.treatedMean()).isCloseTo((3.1 + 3.4 + 2 * 0.1 + 2.9 + 3.6 + 2 * 0.15) / 4 + 0.3, within(1e-12));
        // never-treated e and f at waves 1 (for a, b) and 2 (for c, d), weighted alike
        assertThat(start.neverTreatedMean()).isCloseTo((3.3 + 3.0) / 2 + (0.1 + 0.15) / 2, within(1e-12));
        assertThat(start.neverTreatedObs()).isEqualTo(4);
        // relative wave 1 misses c's wave 3: only a, b (wave 2) and d (wave 3)
        assertThat(rows.get(3).treatedObs()).isEqualTo(3);
    }

    @Test
    void a_treatment_that_only_follows_the_calendar_is_refused_with_the_reason() {
        List<TwoWayFixedEffects.Observation> panel = new ArrayList<>();
        for (String unit : List.of("a", "b", "c")) {
            for (int wave = 0; wave < 3; wave++) {
                panel.add(new TwoWayFixedEffects.Observation(unit, wave, UNIT.get(unit) + WAVE[wave], wave >= 1));
            }
        }
        assertThatThrownBy(() -> TwoWayFixedEffects.fit(panel))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be told apart from the unit and wave effects");
    }

    /** A clustered error from a lone treated (or untreated) unit is estimated, but flagged as unreliable. */
    @Test
    void too_few_clusters_on_one_side_get_a_caution() {
        assertThat(EffectAnalysis.caution(1, 2)).contains("only 1 treated and 2 never-treated");
        assertThat(EffectAnalysis.caution(4, 1)).contains("only 4 treated and 1 never-treated");
        assertThat(EffectAnalysis.caution(3, 3)).isNull();
    }

    @Test
    void a_single_unit_is_refused() {
        List<TwoWayFixedEffects.Observation> panel = List.of(new TwoWayFixedEffects.Observation("a", 0, 3, false),
                new TwoWayFixedEffects.Observation("a", 1, 3.5, true));
        assertThatThrownBy(() -> TwoWayFixedEffects.fit(panel)).hasMessageContaining("at least two units");
    }

    private static List<TwoWayFixedEffects.Observation> panel(double early, double late, boolean noisy) {
        List<TwoWayFixedEffects.Observation> panel = new ArrayList<>();
        for (String unit : List.of("a", "b", "c", "d", "e", "f")) {
            for (int wave = 0; wave < 4; wave++) {
                if (unit.equals("c") && wave == 3) {
                    continue;
                }
                Integer first = FIRST_TREATED.get(unit);
                boolean treated = first != null && wave >= first;
                double effect = unit.equals("a") || unit.equals("b") ? early : late;
                double y = UNIT.get(unit) + WAVE[wave] + effect * (treated ? 1 : 0) + (noisy ? NOISE.get(unit)[wave] : 0);
                panel.add(new TwoWayFixedEffects.Observation(unit, wave, y, treated));
            }
        }
        return panel;
    }
}
