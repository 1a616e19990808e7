package dk.samspil.ui.web.network;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    RelationMatrixQuery matrices;

    @Test
    void edges_carry_the_reference_cells_of_wave_w0_with_their_bands() throws Exception {
        open(NetworkView.class, Map.of("wave", "w0"));

        List<MiniStudy.ReferenceCell> between = MiniStudy.referenceMatrix("matrix_w0").stream()
                .filter(c -> !c.rater().equals(c.target())).toList();
        Map<String, String> names = groupNames();
        List<Map<String, Object>> links = links();
        assertThat(links).hasSize(between.size());
        Grid<?> grid = edges();
        assertThat(test(grid).size()).isEqualTo(between.size());
        for (MiniStudy.ReferenceCell expected : between) {
            String id = expected.rater() + ">" + expected.target();
            Map<String, Object> link = links.stream().filter(l -> l.get("id").equals(id)).findFirst().orElseThrow();
            assertThat(link.get("source")).isEqualTo(names.get(expected.rater()));
            assertThat(link.get("target")).isEqualTo(names.get(expected.target()));
            assertThat((Double) link.get("value")).as("mean of %s", id).isEqualTo(expected.mean(), org.assertj.core.data.Offset.offset(1e-9));
            @SuppressWarnings("unchecked")
            Map<String, Object> line = (Map<String, Object>) link.get("lineStyle");
            assertThat(line.get("color")).as("band of %s", id).isEqualTo("--samspil-band-" + expected.band());

            int row = rowOf(grid, names.get(expected.rater()), names.get(expected.target()));
            assertThat(test(grid).getCellText(row, 3)).isEqualTo(String.format(DANISH, "%.2f", expected.mean()));
            assertThat(test(grid).getCellText(row, 4)).isEqualTo(Integer.toString(expected.n()));
        }
        int skoleFamilie = rowOf(grid, "Skoler", "Familieafdelingen");
        assertThat(test(grid).getCellText(skoleFamilie, 2)).isEqualTo("Høj");
        assertThat(test(grid).getCellText(skoleFamilie, 3)).isEqualTo("2,89");
        assertThat(test(grid).getCellText(skoleFamilie, 5)).isEqualTo("Lav (L)");
        assertThat(test(grid).getCellText(skoleFamilie, 6)).isEqualTo("! vigtig, men svag");
    }

    @Test
    void the_menu_lists_the_three_views_in_danish_carrying_the_moment() {
        open(NetworkView.class, Map.of("asof", "700"));

        assertThat(find(SideNavItem.class).id("menu-network").getLabel()).isEqualTo("Relationskort");
        assertThat(find(SideNavItem.class).id("menu-profile").getLabel()).isEqualTo("Dimensionsprofil");
        assertThat(find(SideNavItem.class).id("menu-effects").getLabel()).isEqualTo("Effekter");
        assertThat(find(SideNavItem.class).id("menu-profile").getElement().getAttribute("path")).isEqualTo("profile?asof=700");
    }

    @Test
    void the_high_importance_relations_between_skole_familie_and_ppr_are_thick_dashed_and_listed() {
        open(NetworkView.class, Map.of("wave", "w0"));

        List<String> important = List.of("skole>familie", "skole>ppr", "familie>skole", "familie>ppr", "ppr>skole", "ppr>familie");
        for (Map<String, Object> link : links()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> line = (Map<String, Object>) link.get("lineStyle");
            @SuppressWarnings("unchecked")
            Map<String, Object> label = (Map<String, Object>) link.get("label");
            if (important.contains((String) link.get("id"))) {
                // every one of them is low or middle in w0: important but weak
                assertThat(line.get("type")).as("%s", link.get("id")).isEqualTo("dashed");
                assertThat((Integer) line.get("width")).isEqualTo(8);
                assertThat((String) label.get("formatter")).endsWith(" !");
            } else {
                assertThat(line.get("type")).as("%s", link.get("id")).isEqualTo("solid");
                assertThat((Integer) line.get("width")).isEqualTo(3);
                assertThat((String) label.get("formatter")).doesNotContain("!");
            }
        }
        List<String> listed = find(ListItem.class).withClassName("network-weak-item").all().stream().map(ListItem::getText).toList();
        assertThat(listed).hasSize(6).anySatisfy(text -> assertThat(text).startsWith("! Skoler → Familieafdelingen: 2,89 Lav (L), n = 30"));
        assertThat(find(Aside.class).id("network-weak")).isNotNull();
    }

    @Test
    void the_map_draws_what_the_filter_keeps_and_one_groups_ties_labelling_arrows_only_when_few() {
        open(NetworkView.class, Map.of("wave", "w0"));
        // eight groups: 56 arrows, their letters left to hovering
        assertThat(links()).hasSize(56).allSatisfy(link -> assertThat(at(link, "label", "show")).isEqualTo(false));

        open(NetworkView.class, Map.of("wave", "w0", "show", "weak-important"));
        assertThat(links()).extracting(l -> l.get("id")).containsExactlyInAnyOrder("skole>familie", "skole>ppr", "familie>skole",
                "familie>ppr", "ppr>skole", "ppr>familie");
        assertThat(links()).allSatisfy(link -> assertThat(at(link, "label", "show")).isEqualTo(true));

        open(NetworkView.class, Map.of("wave", "w0", "group", "ppr"));
        assertThat(links()).hasSize(14).allSatisfy(link -> {
            assertThat((String) link.get("id")).contains("ppr");
            assertThat(at(link, "label", "show")).isEqualTo(true);
        });
        @SuppressWarnings("unchecked")
        Select<String> group = find(Select.class).id("network-group");
        assertThat(group.getValue()).isEqualTo("ppr");
        group.setValue(null);
        assertThat(links()).hasSize(56);
        @SuppressWarnings("unchecked")
        Select<NetworkFilter> show = find(Select.class).id("network-show");
        test(show).selectItem("Vigtige");
        assertThat(links()).hasSize(6);
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String key, String inner) {
        return ((Map<String, Object>) map.get(key)).get(inner);
    }

    @Test
    void clicking_an_edge_shows_its_cell_at_all_four_waves() throws Exception {
        open(NetworkView.class, Map.of("wave", "w0"));

        find(Chart.class).id("network-chart").click("skole>familie");

        assertThat(find(H3.class).id("network-history-heading").getText()).isEqualTo("Udvikling: Skoler → Familieafdelingen");
        MiniStudy.ReferenceCell w0 = reference("matrix_w0", "skole", "familie");
        MiniStudy.ReferenceCell w3 = reference("matrix_w3", "skole", "familie");
        Grid<?> history = find(Grid.class).id("network-history-grid");
        assertThat(test(history).size()).isEqualTo(4);
        assertThat(test(history).getCellText(0, 0)).isEqualTo("W0");
        assertThat(test(history).getCellText(0, 1)).isEqualTo(String.format(DANISH, "%.2f", w0.mean()));
        assertThat(test(history).getCellText(0, 2)).isEqualTo(Integer.toString(w0.n()));
        assertThat(test(history).getCellText(3, 0)).isEqualTo("W3");
        assertThat(test(history).getCellText(3, 1)).isEqualTo(String.format(DANISH, "%.2f", w3.mean()));
        assertThat(test(history).getCellText(3, 3)).startsWith(bandName(w3.band()));

        Map<String, Object> option = find(Chart.class).id("network-history-chart").option();
        @SuppressWarnings("unchecked")
        Map<String, Object> xAxis = (Map<String, Object>) option.get("xAxis");
        assertThat(xAxis.get("data")).isEqualTo(List.of("W0", "W1", "W2", "W3"));
        List<Map<String, Object>> data = seriesData(option);
        assertThat((Double) data.getFirst().get("value")).isEqualTo(w0.mean(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Double) data.getLast().get("value")).isEqualTo(w3.mean(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void an_earlier_moment_shows_the_map_as_it_stood() {
        open(NetworkView.class, Map.of("asof", "700"));

        // at position 700 the newest wave with answers is an earlier one than now (w3)
        String wave = wavePicker().getValue().key();
        assertThat(wave).isNotEqualTo("w3");
        assertThat(find(Paragraph.class).withClassName("network-as-of").single().getText())
                .startsWith("Beregnet pr. position 700 ").contains("bølge " + wavePicker().getValue().label());
        RelationMatrix then = matrices.matrix(MiniStudy.STUDY, WaveKey.of(wave), InstrumentRef.parse("rk@1"), new AsOf.Position(700), FigureGate.open(5));
        List<MatrixCell> between = then.cells().stream().filter(c -> !c.withinGroup()).toList();
        assertThat(between).isNotEmpty();
        Map<String, String> names = groupNames();
        Grid<?> grid = edges();
        assertThat(test(grid).size()).isEqualTo(between.size());
        for (MatrixCell cell : between) {
            int row = rowOf(grid, names.get(cell.raterGroup().value()), names.get(cell.targetGroup().value()));
            if (cell.suppressed()) {
                assertThat(test(grid).getCellText(row, 3)).isEqualTo("Undertrykt");
                assertThat(test(grid).getCellText(row, 4)).isEqualTo("n < 5");
            } else {
                assertThat(test(grid).getCellText(row, 3)).isEqualTo(String.format(DANISH, "%.2f", cell.mean()));
                assertThat(test(grid).getCellText(row, 4)).isEqualTo(Integer.toString(cell.n()));
            }
        }
        assertThat(links()).allSatisfy(link -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> line = (Map<String, Object>) link.get("lineStyle");
            if (link.get("value") == null) {
                assertThat(line.get("color")).isEqualTo("--samspil-suppressed");
            }
        });
    }

    @Test
    void switches_to_english() {
        open(NetworkView.class, Map.of("wave", "w0"));
        test(find(Button.class).id("language-toggle")).click();

        assertThat(find(H3.class).withText("Important but weak relations").exists()).isTrue();
        Grid<?> grid = edges();
        assertThat(test(grid).getHeaderCell(2)).isEqualTo("Importance");
        int skoleFamilie = rowOf(grid, "Skoler", "Familieafdelingen");
        assertThat(test(grid).getCellText(skoleFamilie, 2)).isEqualTo("High");
        assertThat(test(grid).getCellText(skoleFamilie, 3)).isEqualTo("2.89");
        assertThat(test(grid).getCellText(skoleFamilie, 5)).isEqualTo("Low (L)");
    }

    private Select<StudySummary.Wave> wavePicker() {
        @SuppressWarnings("unchecked")
        Select<StudySummary.Wave> picker = find(Select.class).id("network-wave");
        return picker;
    }

    private Grid<?> edges() {
        return find(Grid.class).id("network-edges");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> links() {
        Map<String, Object> series = ((List<Map<String, Object>>) find(Chart.class).id("network-chart").option().get("series")).getFirst();
        return (List<Map<String, Object>>) series.get("links");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> seriesData(Map<String, Object> option) {
        return (List<Map<String, Object>>) ((List<Map<String, Object>>) option.get("series")).getFirst().get("data");
    }

    private static String bandName(String band) {
        return switch (band) {
            case "high" -> "Høj";
            case "middle" -> "Middel";
            default -> "Lav";
        };
    }

    private static MiniStudy.ReferenceCell reference(String matrix, String rater, String target) throws Exception {
        return MiniStudy.referenceMatrix(matrix).stream().filter(c -> c.rater().equals(rater) && c.target().equals(target))
                .findFirst().orElseThrow();
    }

    private Map<String, String> groupNames() {
        return catalog.study(MiniStudy.STUDY, AsOf.LATEST).orElseThrow().groups().stream()
                .collect(Collectors.toMap(StudySummary.Named::key, StudySummary.Named::name));
    }

    private int rowOf(Grid<?> grid, String rater, String target) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 0).equals(rater) && test(grid).getCellText(row, 1).equals(target)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + rater + " rating " + target);
    }
}
