package dk.samspil.ui.web.overview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.IssueInvitations;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.Change;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.Scope;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    Positions positions;
    @Autowired
    Analyses analyses;
    @Autowired
    TimelineQuery timelines;
    @Autowired
    CommandGateway commands;

    @Test
    void the_start_page_names_the_study_its_organisation_and_shared_task() {
        open(OverviewView.class, Map.of());

        assertThat(find(H2.class).id("overview-title").getText()).isEqualTo("Tværgående samarbejde om udsatte børn");
        assertThat(find(Paragraph.class).id("overview-organisation").getText()).isEqualTo("Organisation: Prøvekommune Ærø-Øst");
        assertThat(find(Paragraph.class).id("overview-shared-task").getText())
                .isEqualTo("Fælles opgave: Earlier, coherent help for vulnerable children");
        UnorderedList units = find(UnorderedList.class).id("overview-units");
        assertThat(units.getElement().getTextRecursively()).startsWith("Børn og Unge").contains("Distrikt 01").endsWith("Distrikt 06");
        // the districts hang under Børn og Unge
        assertThat(units.getChildren().count()).isEqualTo(1);
        assertThat(find(UnorderedList.class).id("overview-groups").getChildren().map(c -> ((ListItem) c).getText()).toList())
                .containsExactly("Skoler", "Dagtilbud", "Familieafdelingen", "PPR", "Sundhedspleje", "Jobcenter", "Bostøtte", "Psykiatri");
    }

    @Test
    void waves_show_their_questionnaires_respondents_and_rk_index_in_grid_and_chart() {
        open(OverviewView.class, Map.of());

        List<StudySummary.Wave> waves = catalog.study(MiniStudy.STUDY, AsOf.LATEST).orElseThrow().waves();
        Grid<?> grid = wavesGrid();
        assertThat(test(grid).size()).isEqualTo(4);
        List<Object> rkData = seriesData("rk");
        List<Object> barData = seriesData("questionnaires");
        for (int row = 0; row < 4; row++) {
            StudySummary.Wave wave = waves.get(row);
            Change.Side side = analyses.change(MiniStudy.STUDY, WaveKey.of(wave.key()), WaveKey.of(wave.key()), RK, null,
                    Scope.ALL, AsOf.LATEST, 5).overall();
            assertThat(test(grid).getCellText(row, 0)).isEqualTo("W" + row);
            assertThat(test(grid).getCellText(row, 2)).isEqualTo(Long.toString(wave.questionnaires()));
            assertThat(test(grid).getCellText(row, 3)).isEqualTo("312");
            assertThat(test(grid).getCellText(row, 6)).isEqualTo(String.format(DANISH, "%.2f", side.meanEnd()));
            assertThat(test(grid).getCellText(row, 7)).isEqualTo(Integer.toString(side.nEnd()));
            assertThat(value(barData.get(row))).isEqualTo(wave.questionnaires());
            assertThat(value(rkData.get(row))).isEqualTo(side.meanEnd());
        }
        assertThat(waves).extracting(StudySummary.Wave::questionnaires).containsOnly(552L);
        // no links were issued for w0 to w2 in the mini sample: no rate, not 0 %
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("–");
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("–");
    }

    @Test
    void the_rk_change_since_baseline_is_the_change_analysis_in_percent() {
        open(OverviewView.class, Map.of());

        Change change = analyses.change(MiniStudy.STUDY, WaveKey.of("w0"), WaveKey.of("w3"), RK, null, Scope.ALL, AsOf.LATEST, 5);
        String pct = String.format(DANISH, "%+.1f %%", change.overall().changePct());
        assertThat(find(Paragraph.class).id("overview-rk-change").getText())
                .isEqualTo("Ændring siden baseline W0 (" + String.format(DANISH, "%.2f", change.overall().meanStart()) + "): " + pct);
        assertThat(find(Paragraph.class).id("overview-rk-latest").getText())
                .startsWith("Seneste RK-indeks (W3): " + String.format(DANISH, "%.2f", change.overall().meanEnd())
                        + " (n = " + change.overall().nEnd() + ")");
    }

    @Test
    void the_three_handleteams_are_running() {
        open(OverviewView.class, Map.of());

        Grid<?> grid = find(Grid.class).id("overview-interventions-grid");
        assertThat(test(grid).size()).isEqualTo(3);
        List<String> keys = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            keys.add(test(grid).getCellText(row, 0));
            assertThat(test(grid).getCellText(row, 2)).isEqualTo("Handleteam");
            assertThat(test(grid).getCellText(row, 4)).isEqualTo("Skoler, Familieafdelingen, PPR");
            assertThat(test(grid).getCellText(row, 5)).isEqualTo("2023-10-02");
        }
        assertThat(keys).containsExactly("ht-d04", "ht-d05", "ht-d06");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Distrikt 04");
    }

    @Test
    void as_of_an_early_position_shows_what_was_known_then() {
        open(OverviewView.class, Map.of("asof", "100"));

        List<StudySummary.Wave> waves = catalog.study(MiniStudy.STUDY, new AsOf.Position(100)).orElseThrow().waves();
        Grid<?> grid = wavesGrid();
        assertThat(test(grid).size()).isEqualTo(waves.size());
        for (int row = 0; row < waves.size(); row++) {
            assertThat(test(grid).getCellText(row, 2)).isEqualTo(Long.toString(waves.get(row).questionnaires()));
        }
        assertThat(waves.stream().mapToLong(StudySummary.Wave::questionnaires).sum())
                .as("position 100 is early in the import").isLessThan(4 * 552);
        long runningThen = timelines.timeline(MiniStudy.STUDY, new AsOf.Position(100)).interventions().stream()
                .filter(i -> i.startedOn() != null && i.endedOn() == null).count();
        if (runningThen == 0) {
            assertThat(find(Paragraph.class).id("overview-interventions-none").getText()).isEqualTo("Ingen indsatser er i gang.");
        } else {
            assertThat(test(find(Grid.class).id("overview-interventions-grid")).size()).isEqualTo((int) runningThen);
        }
        assertThat(find(Paragraph.class).withClassName("overview-as-of").single().getText()).startsWith("Beregnet pr. position 100 ");
    }

    @Test
    void labels_and_numbers_switch_to_english() {
        open(OverviewView.class, Map.of());
        test(find(Button.class).id("language-toggle")).click();

        Change change = analyses.change(MiniStudy.STUDY, WaveKey.of("w0"), WaveKey.of("w3"), RK, null, Scope.ALL, AsOf.LATEST, 5);
        assertThat(find(Paragraph.class).id("overview-rk-change").getText())
                .endsWith(String.format(Locale.ENGLISH, "%+.1f %%", change.overall().changePct()));
        assertThat(find(Paragraph.class).id("overview-shared-task").getText()).startsWith("Shared task: ");
        assertThat(test(wavesGrid()).getHeaderCell(5)).isEqualTo("Response rate");
        assertThat(test(find(Grid.class).id("overview-interventions-grid")).getCellText(0, 2)).isEqualTo("Action team (handleteam)");
        assertThat(test(wavesGrid()).getCellText(0, 6)).contains(".");
    }

    @Test
    void a_wave_with_links_issued_shows_respondents_per_invited_link() throws Exception {
        commands.sendAndWait(new IssueInvitations(MiniStudy.STUDY, WaveKey.of("w3"), UnitKey.of("d01"), 400, LocalDate.of(2024, 6, 28)));
        sync.awaitCaughtUp(Duration.ofMinutes(1), at -> { });

        open(OverviewView.class, Map.of());

        Grid<?> grid = wavesGrid();
        assertThat(test(grid).getCellText(3, 4)).isEqualTo("400");
        assertThat(test(grid).getCellText(3, 5)).isEqualTo(String.format(DANISH, "%.1f %%", 312 * 100.0 / 400));
        assertThat(test(grid).getCellText(2, 5)).isEqualTo("–");
    }

    private Grid<?> wavesGrid() {
        return find(Grid.class).id("overview-waves-grid");
    }

    @SuppressWarnings("unchecked")
    private List<Object> seriesData(String id) {
        List<Object> series = (List<Object>) find(Chart.class).id("overview-chart").option().get("series");
        return series.stream().map(s -> (Map<String, Object>) s).filter(s -> id.equals(s.get("id")))
                .map(s -> (List<Object>) s.get("data")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object item) {
        return ((Map<String, Object>) item).get("value");
    }
}
