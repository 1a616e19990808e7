package dk.samspil.ui.web.matrix;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    Positions positions;

    @Test
    void opens_in_danish_on_the_newest_wave_with_answers() {
        navigate(MatrixView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("Tværgående samarbejde om udsatte børn");
        assertThat(find(Paragraph.class).withClassName("study-shared-task").single().getText())
                .isEqualTo("Fælles opgave: Earlier, coherent help for vulnerable children");
        assertThat(wavePicker().getValue().key()).isEqualTo("w3");
        assertThat(instrumentPicker().getValue().ref()).hasToString("rk@1");
        assertThat(find(H3.class).withText("Relationsmatrix").exists()).isTrue();
        assertThat(test(grid()).getHeaderCell(2)).isEqualTo("Gennemsnit");
        assertThat(find(Button.class).id("language-toggle").getText()).isEqualTo("English");
    }

    @Test
    void table_and_heat_map_show_the_reference_matrix_of_wave_w0() throws Exception {
        navigate(MatrixView.class);
        test(wavePicker()).selectItem(waveLabel("W0"));

        List<MiniStudy.ReferenceCell> reference = MiniStudy.referenceMatrix("matrix_w0");
        Map<String, String> names = groupNames();
        MatrixGrid grid = grid();
        assertThat(test(grid).size()).isEqualTo(reference.size());
        HeatmapData heatmap = find(MatrixHeatmap.class).single().data();
        assertThat(heatmap.cells()).hasSize(reference.size());
        for (MiniStudy.ReferenceCell expected : reference) {
            String rater = names.get(expected.rater());
            String target = names.get(expected.target());
            int row = rowOf(grid, rater, target);
            String mean = String.format(Locale.of("da"), "%.2f", expected.mean());
            assertThat(test(grid).getCellText(row, 2)).as("mean of %s rating %s", rater, target).isEqualTo(mean);
            assertThat(test(grid).getCellText(row, 3)).as("n of %s rating %s", rater, target).isEqualTo(Integer.toString(expected.n()));

            HeatmapData.Cell cell = heatmap.cells().stream()
                    .filter(c -> heatmap.raters().get(c.rater()).equals(rater) && heatmap.targets().get(c.target()).equals(target))
                    .findFirst().orElseThrow();
            assertThat(cell.band()).isEqualTo(expected.band());
            assertThat(cell.label()).startsWith(mean + " ").endsWith("n = " + expected.n());
        }
        int skoleFamilie = rowOf(grid, "Skoler", "Familieafdelingen");
        assertThat(test(grid).getCellText(skoleFamilie, 2)).isEqualTo("2,89");
        assertThat(test(grid).getCellText(skoleFamilie, 3)).isEqualTo("30");
        assertThat(test(grid).getCellText(skoleFamilie, 4)).isEqualTo("Lav (L)");
    }

    @Test
    void names_the_event_store_position_the_figure_was_computed_at() {
        navigate(MatrixView.class);

        assertThat(find(Paragraph.class).withClassName("matrix-as-of").single().getText())
                .startsWith("Beregnet pr. position " + positions.applied() + " i hændelsesloggen")
                .endsWith("k = 5");
    }

    @Test
    void address_chooses_the_wave_and_instrument() {
        open(MatrixView.class, Map.of("study", "mini", "wave", "w1", "instrument", "rk@1"));

        assertThat(wavePicker().getValue().key()).isEqualTo("w1");
    }

    @Test
    void language_toggle_switches_every_label_to_english_and_back() throws Exception {
        navigate(MatrixView.class);
        test(wavePicker()).selectItem(waveLabel("W0"));

        test(find(Button.class).id("language-toggle")).click();

        assertThat(find(H3.class).withText("Relation matrix").exists()).isTrue();
        assertThat(find(Paragraph.class).withClassName("study-shared-task").single().getText())
                .startsWith("Shared task: ");
        assertThat(find(Paragraph.class).withClassName("matrix-as-of").single().getText()).startsWith("As of position ");
        assertThat(wavePicker().getLabel()).isEqualTo("Wave");
        assertThat(wavePicker().getValue().key()).as("the chosen wave stays").isEqualTo("w0");
        MatrixGrid grid = grid();
        assertThat(test(grid).getHeaderCell(2)).isEqualTo("Mean");
        int skoleFamilie = rowOf(grid, "Skoler", "Familieafdelingen");
        assertThat(test(grid).getCellText(skoleFamilie, 2)).isEqualTo("2.89");
        assertThat(test(grid).getCellText(skoleFamilie, 4)).isEqualTo("Low (L)");
        assertThat(find(MatrixHeatmap.class).single().data().raterAxis()).isEqualTo("Rating group");
        assertThat(find(Button.class).id("language-toggle").getText()).isEqualTo("Dansk");

        test(find(Button.class).id("language-toggle")).click();

        assertThat(find(H3.class).withText("Relationsmatrix").exists()).isTrue();
        assertThat(test(grid()).getCellText(skoleFamilie, 2)).isEqualTo("2,89");
    }

    private Select<StudySummary.Wave> wavePicker() {
        @SuppressWarnings("unchecked")
        Select<StudySummary.Wave> picker = find(Select.class).id("wave-picker");
        return picker;
    }

    private Select<dk.samspil.domain.instrument.Instrument> instrumentPicker() {
        @SuppressWarnings("unchecked")
        Select<dk.samspil.domain.instrument.Instrument> picker = find(Select.class).id("instrument-picker");
        return picker;
    }

    private String waveLabel(String wave) {
        return test(wavePicker()).getSuggestions().stream().filter(label -> label.startsWith(wave + " ("))
                .findFirst().orElseThrow();
    }

    private MatrixGrid grid() {
        return find(MatrixGrid.class).single();
    }

    private Map<String, String> groupNames() {
        return catalog.study(MiniStudy.STUDY, dk.samspil.projections.asof.AsOf.LATEST).orElseThrow().groups().stream()
                .collect(Collectors.toMap(StudySummary.Named::key, StudySummary.Named::name));
    }

    private int rowOf(MatrixGrid grid, String rater, String target) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 0).equals(rater) && test(grid).getCellText(row, 1).equals(target)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + rater + " rating " + target);
    }
}
