package dk.samspil.ui.web.matrix;

import com.vaadin.flow.component.html.Paragraph;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mini cell has n = 30, so k = 31 suppresses them all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "samspil.k=31")
class MatrixViewSuppressionTest extends MiniStudyBrowserlessTest {

    @Test
    void cells_below_k_are_marked_suppressed_and_show_no_value() {
        open(MatrixView.class, Map.of("wave", "w0"));

        MatrixGrid grid = find(MatrixGrid.class).single();
        assertThat(test(grid).size()).isEqualTo(64);
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getCellText(row, 2)).isEqualTo("Undertrykt");
            assertThat(test(grid).getCellText(row, 3)).isEqualTo("n < 31");
            assertThat(test(grid).getCellText(row, 4)).isEqualTo("–");
        }
        HeatmapData heatmap = find(MatrixHeatmap.class).single().data();
        assertThat(heatmap.cells()).hasSize(64).allSatisfy(cell -> {
            assertThat(cell.band()).isEqualTo("suppressed");
            assertThat(cell.label()).isEqualTo("< k\nn < 31");
            assertThat(cell.tooltip()).endsWith("undertrykt, færre end 31 besvarelser").doesNotContain("2,");
        });
        assertThat(find(Paragraph.class).withClassName("band-legend-suppressed").single().getElement().getTextRecursively())
                .contains("færre end 31 besvarelser");
        assertThat(find(Paragraph.class).withClassName("matrix-as-of").single().getText()).endsWith("k = 31");
    }
}
