package dk.samspil.projections.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dk.samspil.projections.analysis.CallawaySantAnna.NEVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Group-time effects on a five-wave panel (waves 0..4): units start at wave 2 or 3 or never, and the effect is
 * group-specific (δ₂ = 1.0, δ₃ = 0.4) and grows by γ = 0.3 a wave after the start — the case where TWFE is biased.
 * Units are u00, u01, … with the early starters first, then the late starters, then the never treated.
 */
class CallawaySantAnnaTest {

    private static final double[] WAVE = {0, 0.2, 0.5, 0.4, 0.8};
    private static final Map<Integer, Double> DELTA = Map.of(2, 1.0, 3, 0.4);
    private static final double GAMMA = 0.3;

    @Test
    void group_time_effects_recover_growing_group_specific_effects_exactly() {
        CallawaySantAnna.Result result = CallawaySantAnna.estimate(panel(3, 3, 4, false), StaggeredControl.NEVER, StandardErrors.INFLUENCE);

        assertThat(result.units()).isEqualTo(10);
        assertThat(result.cells()).extracting(c -> c.group() + ":" + c.time())
                .containsExactly("2:1", "2:2", "2:3", "2:4", "3:1", "3:2", "3:3", "3:4");
        for (CallawaySantAnna.Cell cell : result.cells()) {
            boolean post = cell.time() >= cell.group();
            assertThat(cell.base()).as("base of %s", cell).isEqualTo(post ? cell.group() - 1 : cell.time() - 1);
            assertThat(cell.att()).as("att of %s", cell).isCloseTo(truth(cell.group(), cell.time()), within(1e-12));
            assertThat(cell.nGroup()).isEqualTo(3);
            assertThat(cell.nControl()).isEqualTo(4);
        }
        // equal group shares: the simple average is the plain mean of the five post cells
        assertThat(result.simple().att()).isCloseTo((1.0 + 1.3 + 1.6 + 0.4 + 0.7) / 5, within(1e-12));
        assertThat(result.dynamic()).containsOnlyKeys(-2, -1, 0, 1, 2);
        assertThat(result.dynamic().get(-2).att()).isCloseTo(0, within(1e-12));
        assertThat(result.dynamic().get(-1).att()).isCloseTo(0, within(1e-12));
        assertThat(result.dynamic().get(0).att()).isCloseTo((1.0 + 0.4) / 2, within(1e-12));
        assertThat(result.dynamic().get(1).att()).isCloseTo((1.3 + 0.7) / 2, within(1e-12));
        assertThat(result.dynamic().get(2).att()).isCloseTo(1.6, within(1e-12));
        assertThat(result.group().get(2).att()).isCloseTo((1.0 + 1.3 + 1.6) / 3, within(1e-12));
        assertThat(result.group().get(3).att()).isCloseTo((0.4 + 0.7) / 2, within(1e-12));
        assertThat(result.group().get(2).se()).isCloseTo(0, within(1e-12));
    }

    /** TWFE reference: numpy's within estimator on the same panel gives 0.85, 0.15 below the simple average 1.0. */
    @Test
    void twfe_on_the_same_panel_is_visibly_biased() {
        List<CallawaySantAnna.Row> rows = panel(3, 3, 4, false);
        List<TwoWayFixedEffects.Observation> observations = rows.stream()
                .map(r -> new TwoWayFixedEffects.Observation(r.unit(), r.wave(), r.y(), r.wave() >= r.group())).toList();

        double twfe = TwoWayFixedEffects.fit(observations).estimate();
        double simple = CallawaySantAnna.estimate(rows, StaggeredControl.NEVER, StandardErrors.INFLUENCE).simple().att();

        assertThat(twfe).isCloseTo(0.85, within(1e-10));
        assertThat(Math.abs(twfe - 1.0)).isGreaterThan(0.1);
        assertThat(simple).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void not_yet_treated_controls_include_later_groups_until_they_start() {
        CallawaySantAnna.Result result = CallawaySantAnna.estimate(panel(3, 3, 4, false), StaggeredControl.NOT_YET, StandardErrors.INFLUENCE);

        assertThat(cell(result, 2, 2).nControl()).as("4 never treated and the 3 starting at wave 3").isEqualTo(7);
        assertThat(cell(result, 2, 3).nControl()).as("the wave-3 starters have started").isEqualTo(4);
        assertThat(cell(result, 3, 2).nControl()).as("the placebo leaves out the wave-2 starters, treated at wave 2").isEqualTo(4);
        for (CallawaySantAnna.Cell cell : result.cells()) {
            assertThat(cell.att()).as("att of %s", cell).isCloseTo(truth(cell.group(), cell.time()), within(1e-12));
        }
        assertThat(result.simple().att()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void without_never_treated_units_only_not_yet_treated_controls_are_possible_and_end_at_the_last_start() {
        List<CallawaySantAnna.Row> rows = panel(3, 3, 0, false);
        assertThatThrownBy(() -> CallawaySantAnna.estimate(rows, StaggeredControl.NEVER, StandardErrors.INFLUENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-yet");

        CallawaySantAnna.Result result = CallawaySantAnna.estimate(rows, StaggeredControl.NOT_YET, StandardErrors.INFLUENCE);
        for (CallawaySantAnna.Cell cell : result.cells()) {
            // from wave 3 every unit is treated; at wave 2 the wave-3 starters' only comparison has just started
            boolean none = cell.time() >= 3 || (cell.group() == 3 && cell.time() == 2);
            assertThat(cell.att() == null).as("no comparison for %s", cell).isEqualTo(none);
            if (none) {
                assertThat(cell.se()).isNull();
                assertThat(cell.nControl()).isZero();
            }
        }
        assertThat(cell(result, 2, 2).att()).isCloseTo(1.0, within(1e-12));
        assertThat(result.simple().att()).as("only cell (2,2) is post with a comparison").isCloseTo(1.0, within(1e-12));
        assertThat(result.dynamic()).containsOnlyKeys(-2, -1, 0);
        assertThat(result.group()).containsOnlyKeys(2);
    }

    @Test
    void unbalanced_input_and_a_group_treated_from_the_first_wave_are_refused() {
        List<CallawaySantAnna.Row> missing = new ArrayList<>(panel(3, 3, 4, false));
        missing.remove(7);
        assertThatThrownBy(() -> CallawaySantAnna.estimate(missing, StaggeredControl.NEVER, StandardErrors.INFLUENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unbalanced");

        List<CallawaySantAnna.Row> fromStart = new ArrayList<>(panel(3, 3, 4, false));
        for (int t = 0; t < 5; t++) {
            fromStart.add(new CallawaySantAnna.Row("z", t, 1, 0));
        }
        assertThatThrownBy(() -> CallawaySantAnna.estimate(fromStart, StaggeredControl.NEVER, StandardErrors.INFLUENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("treated from wave 0");

        List<CallawaySantAnna.Row> oneWave = panel(3, 3, 4, false).stream().filter(r -> r.wave() == 0).toList();
        assertThatThrownBy(() -> CallawaySantAnna.estimate(oneWave, StaggeredControl.NEVER, StandardErrors.INFLUENCE))
                .hasMessageContaining("at least 2 waves");

        List<CallawaySantAnna.Row> noStart = panel(0, 0, 4, false);
        assertThatThrownBy(() -> CallawaySantAnna.estimate(noStart, StaggeredControl.NOT_YET, StandardErrors.INFLUENCE))
                .hasMessageContaining("no group with a pre-period");
    }

    @Test
    void a_start_after_the_last_wave_counts_as_never_treated() {
        List<CallawaySantAnna.Row> rows = panel(3, 3, 4, false).stream()
                .map(r -> new CallawaySantAnna.Row(r.unit(), r.wave(), r.y(), r.group() == NEVER ? 5 : r.group())).toList();

        assertThat(CallawaySantAnna.estimate(rows, StaggeredControl.NEVER, StandardErrors.INFLUENCE))
                .isEqualTo(CallawaySantAnna.estimate(panel(3, 3, 4, false), StaggeredControl.NEVER, StandardErrors.INFLUENCE));
    }

    @Test
    void cell_se_is_the_two_sample_influence_function_formula() {
        List<CallawaySantAnna.Row> rows = panel(3, 3, 4, true);
        CallawaySantAnna.Cell cell = cell(CallawaySantAnna.estimate(rows, StaggeredControl.NEVER, StandardErrors.INFLUENCE), 3, 4);

        // (3,4) against base wave 2: changes y₄ − y₂ of u03..u05 and of the never treated u06..u09
        double[] group = new double[3];
        double[] never = new double[4];
        for (CallawaySantAnna.Row r : rows) {
            int i = Integer.parseInt(r.unit().substring(1));
            double sign = r.wave() == 4 ? 1 : r.wave() == 2 ? -1 : 0;
            if (r.group() == 3) {
                group[i - 3] += sign * r.y();
            } else if (r.group() == NEVER) {
                never[i - 6] += sign * r.y();
            }
        }
        double se = Math.sqrt(variance(group) / 3 + variance(never) / 4);
        assertThat(cell.base()).isEqualTo(2);
        assertThat(cell.att()).isCloseTo(mean(group) - mean(never), within(1e-12));
        assertThat(cell.se()).isCloseTo(se, within(1e-12));
        assertThat(cell.ciLow()).isCloseTo(cell.att() - 1.959963984540054 * se, within(1e-12));
        assertThat(cell.ciHigh()).isCloseTo(cell.att() + 1.959963984540054 * se, within(1e-12));
    }

    /**
     * Reference: an independent numpy script following did's att_gt and compute.aggte — simple and event-time
     * averages with the wif term for the estimated group shares, group averages without — on the same panels.
     * Even without noise the simple average has an se, because the cells it weights by estimated shares differ.
     */
    @Test
    void aggregated_standard_errors_follow_did_including_the_weight_estimation_term() {
        CallawaySantAnna.Result exact = CallawaySantAnna.estimate(panel(3, 3, 4, false), StaggeredControl.NEVER, StandardErrors.INFLUENCE);
        assertThat(exact.simple().se()).isCloseTo(0.14696938456699077, within(1e-10));
        assertThat(exact.dynamic().get(0).se()).isCloseTo(0.12247448713915894, within(1e-10));

        CallawaySantAnna.Result noisy = CallawaySantAnna.estimate(panel(3, 3, 4, true), StaggeredControl.NEVER, StandardErrors.INFLUENCE);
        assertThat(noisy.simple().att()).isCloseTo(1.0094501718213058, within(1e-10));
        assertThat(noisy.simple().se()).isCloseTo(0.16651847044410267, within(1e-10));
        assertThat(noisy.dynamic().get(1).att()).isCloseTo(1.0975085910652922, within(1e-10));
        assertThat(noisy.dynamic().get(1).se()).isCloseTo(0.1496544360580419, within(1e-10));
        assertThat(noisy.dynamic().get(-2).se()).isCloseTo(0.15239377026771223, within(1e-10));
        assertThat(noisy.group().get(3).att()).isCloseTo(0.5689003436426116, within(1e-10));
        assertThat(noisy.group().get(3).se()).isCloseTo(0.0991655754422999, within(1e-10));
    }

    /**
     * 40 units, not-yet-treated controls. The pinned se is the numpy script's: the same Mammen draws from a
     * re-implementation of java.util.Random's generator, type-1 quantiles, as did's mboot.
     */
    @Test
    void bootstrap_is_reproducible() {
        List<CallawaySantAnna.Row> rows = panel(12, 12, 16, true);
        CallawaySantAnna.Result boot = CallawaySantAnna.estimate(rows, StaggeredControl.NOT_YET, StandardErrors.BOOTSTRAP);
        CallawaySantAnna.Result again = CallawaySantAnna.estimate(rows, StaggeredControl.NOT_YET, StandardErrors.BOOTSTRAP);
        CallawaySantAnna.Result influence = CallawaySantAnna.estimate(rows, StaggeredControl.NOT_YET, StandardErrors.INFLUENCE);

        assertThat(again).isEqualTo(boot);
        assertThat(boot.simple().att()).isEqualTo(influence.simple().att());
        assertThat(boot.simple().se()).isCloseTo(0.07316983775885012, within(1e-12));
        assertThat(influence.simple().se()).isCloseTo(0.07149629299160074, within(1e-10));
        assertThat(cell(boot, 2, 3).se()).isCloseTo(0.08732347928880219, within(1e-12));
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < boot.cells().size(); i++) {
            assertThat(boot.cells().get(i).att()).isEqualTo(influence.cells().get(i).att());
            ratios.add(boot.cells().get(i).se() / influence.cells().get(i).se());
        }
        boot.dynamic().forEach((e, f) -> ratios.add(f.se() / influence.dynamic().get(e).se()));
        boot.group().forEach((g, f) -> ratios.add(f.se() / influence.group().get(g).se()));
        assertThat(ratios).hasSize(8 + 5 + 2).allSatisfy(r -> assertThat(r).isBetween(0.7, 1.4));
    }

    private static double truth(int g, int t) {
        return t >= g ? DELTA.get(g) + GAMMA * (t - g) : 0;
    }

    /** Early starters first, then late starters, then the never treated; unit names sort in that order. */
    static List<CallawaySantAnna.Row> panel(int early, int late, int never, boolean noisy) {
        List<CallawaySantAnna.Row> rows = new ArrayList<>();
        for (int i = 0; i < early + late + never; i++) {
            int g = i < early ? 2 : i < early + late ? 3 : NEVER;
            for (int t = 0; t < WAVE.length; t++) {
                double y = 1 + 0.1 * i + WAVE[t] + (g == NEVER ? 0 : truth(g, t)) + (noisy ? noise(i, t) : 0);
                rows.add(new CallawaySantAnna.Row(String.format(Locale.ROOT, "u%02d", i), t, y, g));
            }
        }
        return rows;
    }

    /** Deterministic, integer-based, so the numpy reference reproduces it bit for bit. */
    static double noise(int i, int t) {
        return 0.5 * (((31 * i * i + 17 * t * t + 7 * i * t + 3 * i + 11 * t) % 97) / 97.0 - 0.5);
    }

    private static CallawaySantAnna.Cell cell(CallawaySantAnna.Result result, int group, int time) {
        return result.cells().stream().filter(c -> c.group() == group && c.time() == time).findFirst().orElseThrow();
    }

    private static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    /** With divisor n, as the influence function gives it. */
    private static double variance(double[] xs) {
        double m = mean(xs);
        double sum = 0;
        for (double x : xs) {
            sum += (x - m) * (x - m);
        }
        return sum / xs.length;
    }
}
