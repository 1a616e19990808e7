package dk.samspil.ui.web.effects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.units.Scope;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EffectsViewTest extends MiniStudyBrowserlessTest {

    private static final InstrumentRef LEADERSHIP = InstrumentRef.parse("leadership@1");
    private static final Offset<Double> EXACT = Offset.offset(1e-12);

    @Autowired
    Analyses analyses;

    @Test
    void shows_the_handleteam_effect_on_between_group_rk_with_its_interval() {
        open(EffectsView.class, Map.of());

        assertThat(this.<String>picker("effects-type").getValue()).isEqualTo("handleteam");
        assertThat(this.<Scope>picker("effects-scope").getValue()).isEqualTo(Scope.BETWEEN);
        Grid<?> numbers = find(Grid.class).id("effects-effect-numbers");
        assertThat(value(numbers, "Effekt (estimat)")).isEqualTo("0,2058");
        assertThat(value(numbers, "Standardfejl (se)")).isEqualTo("0,0617");
        assertThat(value(numbers, "95 %-konfidensinterval")).isEqualTo("0,0471 til 0,3644");
        assertThat(value(numbers, "Observationer (enhed × bølge)")).isEqualTo("24");
        assertThat(value(numbers, "Klynger (enheder)")).isEqualTo("6");
        assertThat(value(numbers, "Enheder med interventionen")).isEqualTo("3");
        // the method in Danish on the Danish page; the English bundle states it as the analysis (and the API) does
        assertThat(value(numbers, "Metode")).startsWith("OLS med faste effekter for både enhed og bølge").isNotEqualTo(InterventionEffect.METHOD);
        assertThat(value(find(Grid.class).id("effects-elasticity-numbers"), "Metode")).startsWith("OLS af ln(y) på ln(x) med konstantled");
        assertThat(value(numbers, "k")).isEqualTo("5");

        Map<String, Object> forest = find(Chart.class).id("effects-forest").option();
        List<Map<String, Object>> series = series(forest);
        @SuppressWarnings("unchecked")
        List<List<Object>> interval = (List<List<Object>>) series.get(0).get("data");
        assertThat((Double) interval.get(0).get(0)).isEqualTo(0.04711630267325437, EXACT);
        assertThat((Double) interval.get(1).get(0)).isEqualTo(0.36444016143696545, EXACT);
        @SuppressWarnings("unchecked")
        List<Object> estimate = (List<Object>) data(series.get(1)).getFirst().get("value");
        assertThat((Double) estimate.getFirst()).isEqualTo(0.20577823205510992, EXACT);
        @SuppressWarnings("unchecked")
        Map<String, Object> zero = ((List<Map<String, Object>>) ((Map<String, Object>) series.get(0).get("markLine")).get("data")).getFirst();
        assertThat(zero.get("xAxis")).isEqualTo(0);
    }

    @Test
    void the_event_time_chart_and_table_show_the_treated_and_never_treated_means() {
        open(EffectsView.class, Map.of("type", "handleteam", "outcome", "rk@1", "scope", "between"));

        InterventionEffect effect = analyses.effect(MiniStudy.STUDY, "handleteam", RK, Scope.BETWEEN, AsOf.LATEST, FigureGate.open(5));
        assertThat(effect.se()).isEqualTo(0.061722185686642735, EXACT);
        Map<String, Object> option = find(Chart.class).id("effects-event-time").option();
        @SuppressWarnings("unchecked")
        List<String> relative = (List<String>) ((Map<String, Object>) option.get("xAxis")).get("data");
        assertThat(relative).isEqualTo(effect.eventTime().stream().map(e -> Integer.toString(e.relativeWave())).toList()).contains("0");
        List<Map<String, Object>> series = series(option);
        @SuppressWarnings("unchecked")
        List<Object> treated = (List<Object>) series.get(0).get("data");
        @SuppressWarnings("unchecked")
        List<Object> never = (List<Object>) series.get(1).get("data");
        Grid<?> grid = find(Grid.class).id("effects-event-grid");
        assertThat(test(grid).size()).isEqualTo(effect.eventTime().size());
        for (int i = 0; i < effect.eventTime().size(); i++) {
            InterventionEffect.EventTime e = effect.eventTime().get(i);
            assertThat(treated.get(i)).isEqualTo(e.treatedMean() == null ? "-" : e.treatedMean());
            assertThat(never.get(i)).isEqualTo(e.neverTreatedMean() == null ? "-" : e.neverTreatedMean());
            assertThat(test(grid).getCellText(i, 2)).isEqualTo(Integer.toString(e.treatedObs()));
            if (e.treatedMean() != null) {
                assertThat(test(grid).getCellText(i, 1)).isEqualTo(String.format(DANISH, "%.3f", e.treatedMean()));
            }
        }
        assertThat(series.get(1).get("lineStyle")).isEqualTo(Map.of("type", "dashed", "width", 2));
    }

    @Test
    void shows_the_w0_elasticity_of_rk_on_leadership_with_the_fitted_curve() {
        open(EffectsView.class, Map.of("wave", "w0"));

        assertThat(this.<dk.samspil.domain.instrument.Instrument>picker("effects-x").getValue().ref()).isEqualTo(LEADERSHIP);
        assertThat(this.<dk.samspil.domain.instrument.Instrument>picker("effects-y").getValue().ref()).isEqualTo(RK);
        Grid<?> numbers = find(Grid.class).id("effects-elasticity-numbers");
        assertThat(value(numbers, "Elasticitet (hældning)")).isEqualTo("0,6731");
        assertThat(value(numbers, "Standardfejl (se)")).isEqualTo("0,0868");
        assertThat(value(numbers, "95 %-konfidensinterval")).isEqualTo("0,4322 til 0,9141");
        assertThat(value(numbers, "Enheder i beregningen (n)")).isEqualTo("6");
        assertThat(value(numbers, "R²")).isEqualTo("0,9377");
        assertThat(value(numbers, "Ved 10 % højere x")).isEqualTo("6,63 % højere y");

        Elasticity elasticity = analyses.elasticity(MiniStudy.STUDY, WaveKey.of("w0"), LEADERSHIP, RK, AsOf.LATEST, FigureGate.open(5));
        assertThat(elasticity.slope()).isEqualTo(0.6731390605823969, EXACT);
        List<Map<String, Object>> series = series(find(Chart.class).id("effects-scatter").option());
        List<Map<String, Object>> points = data(series.get(0));
        assertThat(points).hasSize(elasticity.unitsUsed().size());
        for (int i = 0; i < points.size(); i++) {
            Elasticity.UnitPoint unit = elasticity.unitsUsed().get(i);
            assertThat(points.get(i).get("value")).isEqualTo(List.of(unit.x(), unit.y()));
        }
        // the fitted curve goes through the means on the log scale: a = mean(ln y) - slope · mean(ln x)
        double meanLnX = elasticity.unitsUsed().stream().mapToDouble(u -> Math.log(u.x())).average().orElseThrow();
        double meanLnY = elasticity.unitsUsed().stream().mapToDouble(u -> Math.log(u.y())).average().orElseThrow();
        double a = meanLnY - elasticity.slope() * meanLnX;
        @SuppressWarnings("unchecked")
        List<List<Double>> curve = (List<List<Double>>) series.get(1).get("data");
        for (List<Double> point : curve) {
            assertThat(point.get(1)).isEqualTo(Math.exp(a) * Math.pow(point.get(0), elasticity.slope()), Offset.offset(1e-9));
        }
        double lowestX = elasticity.unitsUsed().stream().mapToDouble(Elasticity.UnitPoint::x).min().orElseThrow();
        assertThat(curve.getFirst().getFirst()).isEqualTo(lowestX, EXACT);
        assertThat(test(find(Grid.class).id("effects-units")).size())
                .isEqualTo(elasticity.unitsUsed().size() + elasticity.unitsExcluded().size());
    }

    @Test
    void an_earlier_moment_computes_both_analyses_as_they_stood() {
        open(EffectsView.class, Map.of("wave", "w0", "asof", "700"));

        Elasticity then = analyses.elasticity(MiniStudy.STUDY, WaveKey.of("w0"), LEADERSHIP, RK, new AsOf.Position(700), FigureGate.open(5));
        Grid<?> elasticity = find(Grid.class).id("effects-elasticity-numbers");
        assertThat(value(elasticity, "Beregnet pr. position")).isEqualTo("700");
        assertThat(value(elasticity, "Elasticitet (hældning)"))
                .isEqualTo(then.slope() == null ? "–" : String.format(DANISH, "%.4f", then.slope()));
        assertThat(value(elasticity, "Enheder i beregningen (n)")).isEqualTo(Integer.toString(then.n()));

        IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class,
                () -> analyses.effect(MiniStudy.STUDY, "handleteam", RK, Scope.BETWEEN, new AsOf.Position(700), FigureGate.open(5)));
        if (refused != null) {
            assertThat(find(Paragraph.class).id("effects-effect-refusal").getText())
                    .isEqualTo("Data kan ikke besvare spørgsmålet: " + refused.getMessage());
        } else {
            InterventionEffect effect = analyses.effect(MiniStudy.STUDY, "handleteam", RK, Scope.BETWEEN, new AsOf.Position(700), FigureGate.open(5));
            assertThat(value(find(Grid.class).id("effects-effect-numbers"), "Effekt (estimat)"))
                    .isEqualTo(String.format(DANISH, "%.4f", effect.estimate()));
        }
    }

    @Test
    void switches_to_english() {
        open(EffectsView.class, Map.of("wave", "w0"));
        test(find(Button.class).id("language-toggle")).click();

        assertThat(value(find(Grid.class).id("effects-effect-numbers"), "Effect (estimate)")).isEqualTo("0.2058");
        assertThat(value(find(Grid.class).id("effects-effect-numbers"), "95% confidence interval")).isEqualTo("0.0471 to 0.3644");
        assertThat(value(find(Grid.class).id("effects-elasticity-numbers"), "Elasticity (slope)")).isEqualTo("0.6731");
        assertThat(value(find(Grid.class).id("effects-elasticity-numbers"), "For 10% higher x")).isEqualTo("6.63% higher y");
        assertThat(this.<String>picker("effects-type").getValue()).isEqualTo("handleteam");
        assertThat(value(find(Grid.class).id("effects-effect-numbers"), "Method")).isEqualTo(InterventionEffect.METHOD);
        assertThat(value(find(Grid.class).id("effects-elasticity-numbers"), "Method")).isEqualTo(Elasticity.METHOD);
    }

    @Test
    void every_method_the_page_shows_has_its_danish_text_and_the_analysis_own_english_one() {
        java.util.ResourceBundle danish = java.util.ResourceBundle.getBundle("vaadin-i18n.effects", java.util.Locale.ROOT);
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle("vaadin-i18n.effects", java.util.Locale.ENGLISH);
        EffectsTexts.METHODS.forEach((method, key) -> {
            assertThat(english.getString(key)).isEqualTo(method);
            assertThat(danish.getString(key)).isNotBlank().isNotEqualTo(method);
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> data(Map<String, Object> series) {
        return (List<Map<String, Object>>) series.get("data");
    }
}
