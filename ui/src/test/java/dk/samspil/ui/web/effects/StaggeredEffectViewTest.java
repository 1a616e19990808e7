package dk.samspil.ui.web.effects;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.analysis.StaggeredControl;
import dk.samspil.projections.analysis.StaggeredEffect;
import dk.samspil.projections.analysis.StandardErrors;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.units.Scope;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.i18n.Translations;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The effects page's Callaway–Sant'Anna section: in the mini study the handleteam units d04–d06 all start before w2. */
class StaggeredEffectViewTest extends MiniStudyBrowserlessTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-12);

    @Autowired
    Analyses analyses;
    @Autowired
    Translations translations;

    @Test
    void the_forest_shows_the_regression_and_callaway_santanna_with_their_intervals() {
        open(EffectsView.class, Map.of());

        StaggeredEffect staggered = staggered(StaggeredControl.NEVER);
        InterventionEffect regression = analyses.effect(MiniStudy.STUDY, "handleteam", RK, Scope.BETWEEN, AsOf.LATEST, FigureGate.open(5));
        Map<String, Object> forest = find(Chart.class).id("effects-staggered-forest").option();
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) ((Map<String, Object>) forest.get("yAxis")).get("data");
        assertThat(rows).containsExactly("TWFE (regression)", "Callaway–Sant'Anna (samlet)");
        List<Map<String, Object>> series = series(forest);
        assertThat(series.get(0).get("data")).isEqualTo(List.of(List.of(regression.ciLow(), rows.get(0)), List.of(regression.ciHigh(), rows.get(0))));
        assertThat(series.get(1).get("data")).isEqualTo(List.of(List.of(staggered.simple().ciLow(), rows.get(1)),
                List.of(staggered.simple().ciHigh(), rows.get(1))));
        @SuppressWarnings("unchecked")
        List<Object> simple = (List<Object>) data(series.get(2)).get(1).get("value");
        assertThat((Double) simple.getFirst()).isEqualTo(staggered.simple().att(), EXACT);

        Grid<?> numbers = find(Grid.class).id("effects-staggered-numbers");
        assertThat(value(numbers, "TWFE (regression)")).isEqualTo("0,2058");
        assertThat(value(numbers, "Callaway–Sant'Anna (samlet)")).isEqualTo(String.format(DANISH, "%.4f", staggered.simple().att()));
        assertThat(value(numbers, "Sammenlignes med")).isEqualTo("Aldrig behandlede enheder");
        assertThat(value(numbers, "Startgrupper (enheder)")).isEqualTo("W2: 3");
        // the method in Danish on the Danish page
        assertThat(value(numbers, "Metode")).startsWith("Callaway-Sant'Anna (2021) gruppe-tid-effekter på det balancerede panel")
                .isNotEqualTo(StaggeredEffect.METHOD_INFLUENCE);
    }

    @Test
    void the_event_study_marks_the_pre_trend_placebo_apart_and_draws_each_interval_against_zero() {
        open(EffectsView.class, Map.of());

        StaggeredEffect staggered = staggered(StaggeredControl.NEVER);
        assertThat(staggered.dynamic()).extracting(StaggeredEffect.EventTime::eventTime).containsExactly(-1, 0, 1);
        Map<String, Object> option = find(Chart.class).id("effects-event-study").option();
        List<Map<String, Object>> series = series(option);
        Map<String, Object> placebo = byId(series, "placebo");
        assertThat(placebo.get("name")).isEqualTo("Før start (placebo)");
        assertThat(data(placebo)).singleElement().satisfies(p -> assertThat(p.get("value")).isEqualTo(List.of("-1", staggered.dynamic().getFirst().att())));
        assertThat(data(byId(series, "effect"))).extracting(p -> p.get("value"))
                .containsExactly(List.of("0", staggered.dynamic().get(1).att()), List.of("1", staggered.dynamic().get(2).att()));
        assertThat(byId(series, "effect").get("itemStyle")).isNotEqualTo(placebo.get("itemStyle"));
        for (StaggeredEffect.EventTime e : staggered.dynamic()) {
            String time = Integer.toString(e.eventTime());
            Map<String, Object> interval = byId(series, (e.eventTime() < 0 ? "placebo" : "effect") + "-interval" + time);
            assertThat(interval.get("type")).isEqualTo("line");
            assertThat(interval.get("data")).isEqualTo(List.of(List.of(time, e.ciLow()), List.of(time, e.ciHigh())));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> zero = (Map<String, Object>) series.getFirst().get("markLine");
        assertThat(zero.get("data")).isEqualTo(List.of(Map.of("yAxis", 0)));
        assertThat(((Map<?, ?>) zero.get("lineStyle")).get("type")).isEqualTo("dashed");
        assertThat(test(find(Grid.class).id("effects-event-study-numbers")).size()).isEqualTo(3);
    }

    @Test
    void the_group_time_grid_has_the_w2_groups_placebo_cell_and_two_treated_cells() {
        open(EffectsView.class, Map.of());

        StaggeredEffect staggered = staggered(StaggeredControl.NEVER);
        Grid<?> grid = find(Grid.class).id("effects-att-gt");
        assertThat(test(grid).size()).isEqualTo(3);
        List<List<String>> expected = List.of(List.of("W2", "W1", "-1", "W0"), List.of("W2", "W2", "0", "W1"), List.of("W2", "W3", "1", "W1"));
        for (int row = 0; row < 3; row++) {
            StaggeredEffect.GroupTime cell = staggered.attGt().get(row);
            for (int column = 0; column < 4; column++) {
                assertThat(test(grid).getCellText(row, column)).isEqualTo(expected.get(row).get(column));
            }
            assertThat(test(grid).getCellText(row, 4)).isEqualTo(String.format(DANISH, "%.4f", cell.att()));
            assertThat(test(grid).getCellText(row, 6)).isEqualTo(String.format(DANISH, "%.4f til %.4f", cell.ciLow(), cell.ciHigh()));
            assertThat(test(grid).getCellText(row, 7)).isEqualTo(Integer.toString(cell.nGroup()));
            assertThat(test(grid).getCellText(row, 8)).isEqualTo(Integer.toString(cell.nControl()));
        }
    }

    @Test
    void the_decomposition_names_each_comparison_and_the_trust_sentence_the_already_treated_share() {
        open(EffectsView.class, Map.of());

        StaggeredEffect.Bacon bacon = staggered(StaggeredControl.NEVER).bacon();
        Grid<?> grid = find(Grid.class).id("effects-bacon");
        assertThat(test(grid).size()).isEqualTo(bacon.comparisons().size()).isPositive();
        // one start group: every comparison sets it against the never treated
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getCellText(row, 0)).isEqualTo("Behandlede mod aldrig behandlede");
            assertThat(test(grid).getCellText(row, 2)).isEqualTo("Aldrig behandlede");
            assertThat(test(grid).getCellText(row, 4)).isEqualTo(String.format(DANISH, "%.1f %%", 100 * bacon.comparisons().get(row).weight()));
        }
        assertThat(bacon.alreadyTreatedShare()).isZero();
        assertThat(find(Paragraph.class).id("effects-bacon-share").getText()).contains(String.format(DANISH, "%.4f", bacon.twfeEstimate()))
                .endsWith("vejer 0,0 % af den.");
        assertThat(find(Paragraph.class).id("effects-trust").getText())
                .startsWith("Når de to er uenige, så stol på Callaway–Sant'Anna: regressionen sammenligner også senere startende")
                .contains("(her 0,0 % af dens vægt)");

        test(find(Button.class).id("language-toggle")).click();
        assertThat(find(Paragraph.class).id("effects-trust").getText())
                .startsWith("When the two disagree, trust Callaway–Sant'Anna").contains("(here 0.0% of its weight)");
        assertThat(value(find(Grid.class).id("effects-staggered-numbers"), "Method")).isEqualTo(StaggeredEffect.METHOD_INFLUENCE);
        assertThat(test(find(Grid.class).id("effects-bacon")).getCellText(0, 0)).isEqualTo("Treated against never treated");
    }

    @Test
    void the_danish_section_holds_none_of_its_english_texts() {
        open(EffectsView.class, Map.of());

        Section section = find(Section.class).id("effects-staggered");
        StringBuilder shown = new StringBuilder(section.getElement().getTextRecursively());
        for (Grid<?> grid : find(Grid.class).from(section).all()) {
            for (int row = 0; row < test(grid).size(); row++) {
                for (int column = 0; column < grid.getColumns().size(); column++) {
                    shown.append('\n').append(test(grid).getCellText(row, column));
                }
            }
            grid.getColumns().forEach(c -> shown.append('\n').append(c.getHeaderText()));
        }
        find(Chart.class).from(section).all().forEach(chart -> shown.append('\n').append(chart.option()));
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle("vaadin-i18n.effects_en", java.util.Locale.ROOT);
        java.util.ResourceBundle danish = java.util.ResourceBundle.getBundle("vaadin-i18n.effects", java.util.Locale.ROOT);
        for (String key : english.keySet()) {
            // only the words before a pattern's first parameter, which the page writes whole
            String words = english.getString(key).split("\\{")[0].replace("''", "'").strip();
            if (words.length() > 3 && !words.equals(danish.getString(key))) {
                assertThat(shown.toString()).as(key).doesNotContain(words);
            }
        }
        assertThat(shown.toString()).contains("Forskudte starter (Callaway–Sant'Anna)", "Gruppe-tid-effekter ATT(g,t)");
    }

    @Test
    void the_control_picker_asks_for_the_not_yet_treated_in_the_address_and_the_page_shows_their_figures() {
        open(EffectsView.class, Map.of());
        Select<StaggeredControl> control = picker("effects-control");
        assertThat(control.getValue()).isEqualTo(StaggeredControl.NEVER);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        test(control).selectItem("Endnu ikke behandlede enheder");

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()).anySatisfy(js ->
                assertThat(js.getInvocation().getParameters()).anySatisfy(p -> assertThat(String.valueOf(p)).contains("control=not-yet")));
        StaggeredEffect notYet = staggered(StaggeredControl.NOT_YET);
        assertThat(this.<StaggeredControl>picker("effects-control").getValue()).isEqualTo(StaggeredControl.NOT_YET);
        Grid<?> numbers = find(Grid.class).id("effects-staggered-numbers");
        assertThat(value(numbers, "Sammenlignes med")).isEqualTo("Endnu ikke behandlede enheder");
        assertThat(value(numbers, "Callaway–Sant'Anna (samlet)")).isEqualTo(String.format(DANISH, "%.4f", notYet.simple().att()));
        assertThat(test(find(Grid.class).id("effects-att-gt")).size()).isEqualTo(notYet.attGt().size());
        assertThat(find(Chart.class).withId("effects-event-study").exists()).isTrue();

        open(EffectsView.class, Map.of("control", "not-yet", "by", "stilling"));
        assertThat(this.<StaggeredControl>picker("effects-control").getValue()).as("the address chooses it, beside a breakdown")
                .isEqualTo(StaggeredControl.NOT_YET);
        assertThat(test(find(Grid.class).id("effects-att-gt")).size()).isEqualTo(notYet.attGt().size());
    }

    @Test
    void a_moment_before_any_unit_started_between_two_waves_refuses_the_staggered_effect_with_the_reason() {
        open(EffectsView.class, Map.of("asof", "700"));

        IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class, () -> analyses.staggeredEffect(MiniStudy.STUDY,
                "handleteam", RK, Scope.BETWEEN, new AsOf.Position(700), FigureGate.open(5), StaggeredControl.NEVER, StandardErrors.INFLUENCE));
        assertThat(refused).isNotNull();
        assertThat(find(Paragraph.class).id("effects-staggered-refusal").getText())
                .isEqualTo("Data kan ikke besvare spørgsmålet: " + refused.getMessage());
        assertThat(find(Grid.class).withId("effects-att-gt").exists()).isFalse();
        assertThat(find(Select.class).withId("effects-control").exists()).as("another comparison may answer").isTrue();
    }

    @Test
    void cautions_left_out_units_and_a_missing_decomposition_are_said_in_danish() {
        open(EffectsView.class, Map.of());
        StudySummary study = catalog.study(MiniStudy.STUDY, AsOf.LATEST).orElseThrow();
        EffectsPage.Answer<InterventionEffect> none = EffectsPage.Answer.none();
        EffectsPage page = new EffectsPage(study, List.of(), List.of(), 0, 5, Optional.empty(), none, EffectsPage.Answer.none(),
                Optional.empty(), EffectsPage.Answer.none(), null, List.of(), EffectsPage.Answer.none());
        StaggeredFigures figures = new StaggeredFigures(new EffectsTexts((key, parameters) ->
                translations.getTranslation(key, DANISH, parameters), DANISH, page));
        StaggeredEffect effect = new StaggeredEffect(MiniStudy.STUDY, "handleteam", RK, "between", 0, 5, List.of(RK),
                StaggeredEffect.METHOD_INFLUENCE, StaggeredEffect.ESTIMATOR, "never", "influence",
                List.of(new StaggeredEffect.GroupTime("w2", "w1", -1, "w0", null, null, null, null, 2, 0),
                        new StaggeredEffect.GroupTime("w2", "w2", 0, "w1", 0.1, 0.05, 0.002, 0.198, 1, 3)),
                new StaggeredEffect.Estimate(0.1, 0.05, 0.002, 0.198), List.of(), List.of(),
                List.of(new StaggeredEffect.ExcludedUnit("d01", "missing", "w1"), new StaggeredEffect.ExcludedUnit("d02", "suppressed", "w2"),
                        new StaggeredEffect.ExcludedUnit("d03", "treated_from_first_wave", "w0")),
                null, "the analysis' own words in English");

        assertThat(figures.caution(effect)).hasValue("Gruppe-tid-cellerne (W2, W1) har ingen sammenligningsenhed og er udeladt af gennemsnittene. "
                + "Gruppe-tid-cellerne (W2, W2) har kun én enhed på den ene side, hvis spredning standardfejlen ikke kan tælle med: "
                + "læs deres standardfejl som for små. Regressionen kan ikke opdeles i sine sammenligninger (Goodman-Bacon) på det balancerede panel.");
        Grid<StaggeredEffect.ExcludedUnit> excluded = figures.excludedGrid(effect);
        UI.getCurrent().add(excluded);
        assertThat(test(excluded).size()).isEqualTo(3);
        assertThat(test(excluded).getCellText(0, 0)).isEqualTo(study.units().stream().filter(u -> u.key().equals("d01")).findFirst()
                .orElseThrow().name());
        assertThat(List.of(test(excluded).getCellText(0, 1), test(excluded).getCellText(1, 1), test(excluded).getCellText(2, 1)))
                .containsExactly("ingen tal i bølgen", "tallet er tilbageholdt i bølgen (n < k eller frigivelsen)",
                        "behandlet fra første bølge: ingen bølge før start at sammenligne fra");
        assertThat(test(excluded).getCellText(2, 2)).isEqualTo("W0");
    }

    private StaggeredEffect staggered(StaggeredControl control) {
        return analyses.staggeredEffect(MiniStudy.STUDY, "handleteam", RK, Scope.BETWEEN, AsOf.LATEST, FigureGate.open(5), control,
                StandardErrors.INFLUENCE);
    }

    private static Map<String, Object> byId(List<Map<String, Object>> series, String id) {
        return series.stream().filter(s -> id.equals(s.get("id"))).findFirst().orElseThrow(() -> new AssertionError("no series " + id));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> data(Map<String, Object> series) {
        return (List<Map<String, Object>>) series.get("data");
    }
}
