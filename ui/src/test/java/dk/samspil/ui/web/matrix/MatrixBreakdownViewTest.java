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
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 20's "Opdel efter" on the matrix page (everyone's heat map, then one per value of a respondent attribute) and on
 * the profile page (everyone's profile, then one per value below it).
 */
class MatrixBreakdownViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    RelationMatrixQuery matrices;
    @Autowired
    AttributeDefinitions attributes;
    @Autowired
    DimensionProfileQuery profiles;

    /** The mini study once more, now with study.json's attributes and every second professional of w1 a leader. */
    @BeforeEach
    void attributes() throws Exception {
        if (!attributes.of(MiniStudy.STUDY, Long.MAX_VALUE).isEmpty()) {
            return;
        }
        Path bundle = MiniStudy.withAttributes(Files.createTempDirectory("mini-attributes"));
        TreeSet<String> professionals = new TreeSet<>();
        List<String> lines = Files.readAllLines(bundle.resolve("responses.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.strip().split(",", -1);
            if (row[0].equals("w1") && row[5].equals("rk@1")) {
                professionals.add(row[2]);
            }
        }
        StringBuilder csv = new StringBuilder("wave,respondent,attribute,value\r\n");
        int i = 0;
        for (String respondent : professionals) {
            csv.append("w1,").append(respondent).append(",stilling,").append(i++ % 2 == 0 ? "leder" : "medarbejder").append("\r\n");
        }
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
}
