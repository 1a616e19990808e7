package dk.samspil.ui.web.matrix;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The matrix page's interactions: a cell opens its relation, a unit filters, a second wave compares. */
class MatrixInteractionTest extends MiniStudyBrowserlessTest {

    @Autowired
    RelationMatrixQuery matrices;
    @Autowired
    DimensionProfileQuery profiles;

    @Test
    void clicking_a_cell_shows_the_relations_profile_and_its_development_over_the_waves() {
        open(MatrixView.class, Map.of("wave", "w0"));
        MatrixHeatmap heatmap = find(MatrixHeatmap.class).single();
        int skole = heatmap.data().raters().indexOf("Skoler");
        int familie = heatmap.data().targets().indexOf("Familieafdelingen");

        heatmap.clickCell(skole, familie);

        Section detail = find(Section.class).id("relation-detail");
        assertThat(find(H3.class).withText("Skoler → Familieafdelingen").exists()).isTrue();
        Grid<?> waves = find(Grid.class).id("relation-waves");
        assertThat(test(waves).size()).isEqualTo(4);
        for (int row = 0; row < 4; row++) {
            String wave = "w" + row;
            MatrixCell cell = matrices.matrix(MiniStudy.STUDY, WaveKey.of(wave), RK, AsOf.LATEST, FigureGate.open(5))
                    .cell(GroupKey.of("skole"), GroupKey.of("familie")).orElseThrow();
            assertThat(test(waves).getCellText(row, 0)).isEqualTo("W" + row);
            assertThat(test(waves).getCellText(row, 1)).isEqualTo(String.format(Locale.of("da"), "%.2f", cell.mean()));
            assertThat(test(waves).getCellText(row, 2)).isEqualTo(Integer.toString(cell.n()));
        }
        assertThat(test(waves).getCellText(0, 1)).as("the reference cell of w0").isEqualTo("2,89");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) find(Chart.class).id("relation-profile").option().get("series");
        assertThat(series).hasSize(4);
        List<?> w0Bars = (List<?>) series.getFirst().get("data");
        var profile = profiles.profile(MiniStudy.STUDY, WaveKey.of("w0"), RK, "skole", "familie", AsOf.LATEST, FigureGate.open(5));
        assertThat(w0Bars).hasSize(profile.items().size());
        for (int i = 0; i < w0Bars.size(); i++) {
            assertThat((Double) w0Bars.get(i)).isCloseTo(profile.items().get(i).mean(), org.assertj.core.api.Assertions.within(0.005));
        }
        assertThat(detail.isVisible()).isTrue();

        test(find(Button.class).id("relation-close")).click();
        assertThat(find(Section.class).withId("relation-detail").exists()).isFalse();
    }

    @Test
    void selecting_a_row_in_the_numbers_opens_the_same_relation_from_the_keyboard() {
        open(MatrixView.class, Map.of("wave", "w0"));
        MatrixGrid grid = find(MatrixGrid.class).single();
        int row = 0;
        while (!(test(grid).getCellText(row, 0).equals("PPR") && test(grid).getCellText(row, 1).equals("Skoler"))) {
            row++;
        }
        test(grid).select(row);

        assertThat(find(H3.class).withText("PPR → Skoler").exists()).isTrue();
    }

    @Test
    void a_unit_counts_its_own_respondents_and_the_units_add_up_to_the_whole() {
        open(MatrixView.class, Map.of("wave", "w3", "unit", "d04"));

        RelationMatrix d04 = matrices.matrix(MiniStudy.STUDY, WaveKey.of("w3"), RK, "d04", AsOf.LATEST, FigureGate.open(5));
        HeatmapData shown = find(MatrixHeatmap.class).single().data();
        assertThat(shown.cells()).hasSize(d04.cells().size());
        assertThat(unitPicker().getValue()).isEqualTo("d04");

        RelationMatrix all = matrices.matrix(MiniStudy.STUDY, WaveKey.of("w3"), RK, AsOf.LATEST, FigureGate.open(5));
        for (MatrixCell cell : all.cells()) {
            int summed = 0;
            for (String unit : List.of("d01", "d02", "d03", "d04", "d05", "d06")) {
                summed += matrices.matrix(MiniStudy.STUDY, WaveKey.of("w3"), RK, unit, AsOf.LATEST, FigureGate.open(5))
                        .cell(cell.raterGroup(), cell.targetGroup()).map(MatrixCell::n).orElse(0);
            }
            assertThat(summed).as("n of %s -> %s over the districts", cell.raterGroup(), cell.targetGroup()).isEqualTo(cell.n());
        }
        // the parent unit reaches every district below it
        assertThat(matrices.matrix(MiniStudy.STUDY, WaveKey.of("w3"), RK, "bu", AsOf.LATEST, FigureGate.open(5))).isEqualTo(all);
    }

    @Test
    void a_second_wave_is_drawn_beside_the_first() {
        open(MatrixView.class, Map.of("wave", "w3", "compare", "w0"));

        assertThat(find(MatrixHeatmap.class).all()).hasSize(2);
        assertThat(find(H4.class).all()).extracting(H4::getText).containsExactly("Bølge W3", "Bølge W0");
        List<MatrixHeatmap> maps = find(MatrixHeatmap.class).all();
        String w0SkoleFamilie = maps.get(1).data().cells().stream()
                .filter(c -> maps.get(1).data().raters().get(c.rater()).equals("Skoler")
                        && maps.get(1).data().targets().get(c.target()).equals("Familieafdelingen"))
                .findFirst().orElseThrow().label();
        assertThat(w0SkoleFamilie).startsWith("2,89 L");
    }

    private Select<String> unitPicker() {
        @SuppressWarnings("unchecked")
        Select<String> picker = find(Select.class).id("unit-picker");
        return picker;
    }
}
