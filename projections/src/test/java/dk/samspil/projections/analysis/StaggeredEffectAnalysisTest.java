package dk.samspil.projections.analysis;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.units.Scope;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * From a study's panel to the balanced panel Callaway–Sant'Anna needs: five scheduled waves, the last not yet answered;
 * a unit with a wave missing and one withheld at a wave are excluded with the reason, one started before the first wave
 * is excluded from the groups but kept in the regression's decomposition, a start after the last answered wave counts
 * as never treated.
 */
class StaggeredEffectAnalysisTest {

    private static final List<Timeline.Wave> WAVES = List.of(wave("w0", "2023-01-09"), wave("w1", "2023-07-03"),
            wave("w2", "2024-01-08"), wave("w3", "2024-07-01"), wave("w4", "2025-01-06"));

    @Test
    void the_balanced_panel_leaves_out_units_with_a_gap_and_units_treated_from_the_first_wave_with_the_reason() {
        List<EffectPanel.Row> rows = new ArrayList<>();
        // a, b start before w2 (+0.4), c never, d, e never; f missing w1; g withheld at w3; h started before w0; i starts after w3
        Map<String, Double> level = Map.of("a", 3.0, "b", 3.2, "c", 3.1, "d", 2.9, "e", 3.3, "f", 3.0, "g", 3.4, "h", 3.5, "i", 3.05);
        level.forEach((unit, y) -> {
            for (int w = 0; w < 4; w++) {
                if (unit.equals("f") && w == 1) {
                    continue;
                }
                boolean lifted = (unit.equals("a") || unit.equals("b")) && w >= 2;
                rows.add(new EffectPanel.Row(unit, w, unit.equals("g") && w == 3 ? null : y + 0.1 * w + (lifted ? 0.4 : 0), 6,
                        unit.equals("g") && w == 3));
            }
        });
        EffectPanel panel = new EffectPanel(new StudyId("s"), "handleteam", InstrumentRef.parse("rk@1"), Scope.BETWEEN, 99, 5, WAVES,
                Map.of("a", LocalDate.parse("2023-10-02"), "b", LocalDate.parse("2023-12-01"), "h", LocalDate.parse("2022-06-01"),
                        "i", LocalDate.parse("2024-09-01")), rows);

        StaggeredEffect effect = StaggeredEffectAnalysis.estimate(panel, StaggeredControl.NEVER, StandardErrors.INFLUENCE);

        assertThat(effect.excludedUnits()).containsExactly(new StaggeredEffect.ExcludedUnit("f", "missing", "w1"),
                new StaggeredEffect.ExcludedUnit("g", "suppressed", "w3"), new StaggeredEffect.ExcludedUnit("h", "treated_from_first_wave", "w0"));
        assertThat(effect.attGt()).extracting(StaggeredEffect.GroupTime::time).containsExactly("w1", "w2", "w3");
        StaggeredEffect.GroupTime start = effect.attGt().get(1);
        assertThat(start.group()).isEqualTo("w2");
        assertThat(start.base()).isEqualTo("w1");
        assertThat(start.nGroup()).isEqualTo(2);
        assertThat(start.nControl()).as("c, d, e and i (its start comes after the last answered wave)").isEqualTo(4);
        assertThat(start.att()).isCloseTo(0.4, within(1e-12));
        assertThat(effect.attGt().getFirst().att()).as("placebo").isCloseTo(0, within(1e-12));
        assertThat(effect.simple().att()).isCloseTo(0.4, within(1e-12));
        assertThat(effect.bacon().comparisons()).extracting(StaggeredEffect.Comparison::kind)
                .contains("treated_vs_never", "later_vs_earlier");
        assertThat(effect.bacon().comparisons().stream().filter(StaggeredEffect.Comparison::alreadyTreatedControl)
                .map(StaggeredEffect.Comparison::control)).as("h, treated from w0, is the control of a later start").containsOnly("w0");
        assertThat(effect.method()).isEqualTo(StaggeredEffect.METHOD_INFLUENCE);
        assertThat(effect.estimator()).isEqualTo("callaway-santanna");
        assertThat(effect.control()).isEqualTo("never");
    }

    @Test
    void a_wave_without_figures_between_answered_waves_is_refused() {
        List<EffectPanel.Row> rows = new ArrayList<>();
        for (String unit : List.of("a", "b", "c")) {
            for (int w : new int[]{0, 2, 3}) {
                rows.add(new EffectPanel.Row(unit, w, 3.0 + w, 6, false));
            }
        }
        EffectPanel panel = new EffectPanel(new StudyId("s"), "handleteam", InstrumentRef.parse("rk@1"), Scope.BETWEEN, 99, 5, WAVES,
                Map.of("a", LocalDate.parse("2024-01-01")), rows);

        assertThatThrownBy(() -> StaggeredEffectAnalysis.estimate(panel, StaggeredControl.NEVER, StandardErrors.INFLUENCE))
                .hasMessageContaining("wave w1 has no unit figure").hasMessageContaining("consecutive waves");
    }

    private static Timeline.Wave wave(String key, String opens) {
        return new Timeline.Wave(key, key, LocalDate.parse(opens), LocalDate.parse(opens).plusWeeks(4));
    }
}
