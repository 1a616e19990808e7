package dk.samspil.ui.web.matrix;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import dk.samspil.domain.intake.ImportProgress;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.attributes.AttributeDefinitions;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.attributes.Difference;
import dk.samspil.projections.units.Scope;
import dk.samspil.ui.web.effects.EffectsView;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.profile.ProfileView;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 20's "Opdel efter" on the matrix page (everyone's heat map, then one per value of a respondent attribute), the
 * profile page (everyone's profile, then one per value below it) and the effects page (each value's effect beside
 * everyone's, and their difference).
 */
class BreakdownViewsTest extends MiniStudyBrowserlessTest {

    @Autowired
    RelationMatrixQuery matrices;
    @Autowired
    AttributeDefinitions attributes;
    @Autowired
    DimensionProfileQuery profiles;
    @Autowired
    Analyses analyses;

    /** The mini study once more, now with study.json's attributes and every second professional of each wave a leader. */
    @BeforeEach
    void attributes() throws Exception {
        if (!attributes.of(MiniStudy.STUDY, Long.MAX_VALUE).isEmpty()) {
            return;
        }
        Path bundle = MiniStudy.withAttributes(Files.createTempDirectory("mini-attributes"));
        Map<String, TreeSet<String>> professionals = new TreeMap<>();
        List<String> lines = Files.readAllLines(bundle.resolve("responses.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.strip().split(",", -1);
            if (row[5].equals("rk@1")) {
                professionals.computeIfAbsent(row[0], w -> new TreeSet<>()).add(row[2]);
            }
        }
        StringBuilder csv = new StringBuilder("wave,respondent,attribute,value\r\n");
        professionals.forEach((wave, respondents) -> {
            int i = 0;
            for (String respondent : respondents) {
                csv.append(wave).append(',').append(respondent).append(",stilling,").append(i++ % 2 == 0 ? "leder" : "medarbejder").append("\r\n");
            }
        });
        Files.writeString(bundle.resolve("respondent_attributes.csv"), csv);
        importer.importBundle(bundle, ImportProgress.SILENT);
        sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });
    }

    @Test
    void opdel_efter_draws_each_values_matrix_beside_everyones_and_a_compared_wave_takes_its_place() {
        open(MatrixView.class, Map.of("wave", "w1"));
        @SuppressWarnings("unchecked")
        Select<Object> by = (Select<Object>) find(Select.class).id("by-picker");
        assertThat(by.getLabel()).isEqualTo("Opdel efter");
        assertThat(find(Div.class).withId("matrix-breakdown").exists()).isFalse();

        test(by).selectItem("Stilling");
        Div breakdown = find(Div.class).id("matrix-breakdown");
        List<MatrixHeatmap> heatmaps = find(MatrixHeatmap.class).from(breakdown).all();
        assertThat(heatmaps).hasSize(3);
        assertThat(find(H4.class).from(breakdown).all().stream().map(H4::getText).toList())
                .first().isEqualTo("Alle");
        assertThat(find(H4.class).from(breakdown).all().get(1).getText()).startsWith("Stilling: Leder (op til ");

        // the leaders' heat map holds the leaders' own cells, as the read model gives them
        MatrixCell leaders = matrices.matrix(MiniStudy.STUDY, WaveKey.of("w1"), RK, null, AsOf.LATEST, FigureGate.open(5),
                new Subgroup("stilling", "leder")).cell(GroupKey.of("skole"), GroupKey.of("familie")).orElseThrow();
        MatrixCell everyone = matrices.matrix(MiniStudy.STUDY, WaveKey.of("w1"), RK, null, AsOf.LATEST, FigureGate.open(5))
                .cell(GroupKey.of("skole"), GroupKey.of("familie")).orElseThrow();
        assertThat(leaders.n()).isBetween(5, everyone.n() - 5);
        HeatmapData leaderData = heatmaps.get(1).data();
        int skole = leaderData.raters().indexOf("Skoler");
        int familie = leaderData.targets().indexOf("Familieafdelingen");
        assertThat(leaderData.cells().stream().filter(c -> c.rater() == skole && c.target() == familie)).singleElement()
                .satisfies(c -> assertThat(c.label()).contains(String.format(DANISH, "%.2f", leaders.mean())));

        @SuppressWarnings("unchecked")
        Select<Object> compare = (Select<Object>) find(Select.class).id("compare-picker");
        test(compare).selectItem("W0");
        assertThat(find(Div.class).withId("matrix-breakdown").exists()).as("a compared wave replaces the breakdown").isFalse();

        open(MatrixView.class, Map.of("wave", "w1", "by", "stilling"));
        assertThat(find(MatrixHeatmap.class).from(find(Div.class).id("matrix-breakdown")).all()).as("an address with by=").hasSize(3);
    }

    @Test
    void opdel_efter_on_the_profile_page_draws_each_values_profile_below_everyones() {
        open(ProfileView.class, Map.of());
        @SuppressWarnings("unchecked")
        Select<Object> by = (Select<Object>) find(Select.class).id("profile-by");
        assertThat(by.getLabel()).isEqualTo("Opdel efter");
        test(by).selectItem("Stilling");
        assertThat(find(H3.class).withClassName("profile-subgroup").all().stream().map(H3::getText).toList())
                .containsExactly("Stilling: Leder", "Stilling: Medarbejder");

        // the leaders' w1 bars are the leaders' own item means, as the read model gives them
        DimensionProfile leaders = profiles.profile(MiniStudy.STUDY, WaveKey.of("w1"), RK, null, null, null, AsOf.LATEST, FigureGate.open(5),
                new Subgroup("stilling", "leder"));
        Map<String, Object> option = find(Chart.class).id("profile-chart-leder").option();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
        Map<String, Object> w1 = series.stream().filter(s -> "W1".equals(s.get("name"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bars = (List<Map<String, Object>>) w1.get("data");
        assertThat(leaders.items().getFirst().n()).isPositive();
        for (int i = 0; i < leaders.items().size(); i++) {
            assertThat((Double) bars.get(i).get("value")).as(leaders.items().get(i).item()).isCloseTo(leaders.items().get(i).mean(), within(1e-12));
        }
        assertThat(find(Grid.class).withId("profile-grid-medarbejder").exists()).isTrue();
    }

    @Test
    void opdel_efter_on_the_effects_page_draws_each_values_effect_beside_everyones_and_their_difference() {
        open(EffectsView.class, Map.of("by", "stilling"));
        @SuppressWarnings("unchecked")
        Select<Object> by = (Select<Object>) find(Select.class).id("effects-by");
        assertThat(by.getLabel()).isEqualTo("Opdel efter");
        Breakdown<InterventionEffect> expected = analyses.effect(MiniStudy.STUDY, "handleteam", RK, Scope.BETWEEN, AsOf.LATEST,
                FigureGate.open(5), attributes.of(MiniStudy.STUDY, Long.MAX_VALUE).getFirst());

        Map<String, Object> forest = find(Chart.class).id("effects-by-forest").option();
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) ((Map<String, Object>) forest.get("yAxis")).get("data");
        assertThat(rows).containsExactly("Alle", "Stilling: Leder", "Stilling: Medarbejder");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) forest.get("series");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> diamonds = (List<Map<String, Object>>) series.getLast().get("data");
        List<Double> estimates = List.of(expected.total().estimate(), expected.groups().get(0).figures().estimate(),
                expected.groups().get(1).figures().estimate());
        for (int i = 0; i < 3; i++) {
            assertThat((Double) ((List<?>) diamonds.get(i).get("value")).getFirst()).as(rows.get(i)).isCloseTo(estimates.get(i), within(1e-12));
        }
        Difference difference = expected.differences().getFirst();
        Grid<?> numbers = find(Grid.class).id("effects-by-numbers");
        assertThat(test(numbers).getCellText(0, 0)).isEqualTo("Medarbejder minus Leder");
        assertThat(test(numbers).getCellText(0, 1)).isEqualTo(String.format(DANISH, "%.4f (%.4f til %.4f)", difference.estimate(),
                difference.ciLow(), difference.ciHigh()));
    }
}
