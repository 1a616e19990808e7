package dk.samspil.ui.web.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileViewTest extends MiniStudyBrowserlessTest {

    private static final List<String> WAVES = List.of("w0", "w1", "w2", "w3");

    @Autowired
    DimensionProfileQuery profiles;

    @Test
    void shows_one_bar_series_per_wave_with_the_profile_of_every_rating() {
        open(ProfileView.class, Map.of());

        assertThat(instrumentPicker().getValue().ref()).isEqualTo(RK);
        assertThat(find(Paragraph.class).id("profile-subject").getText()).isEqualTo("Gennemsnit pr. spørgsmål: Alle grupper vurderer Alle grupper");
        assertShows(null, null, AsOf.LATEST, DANISH);
    }

    @Test
    void the_address_chooses_one_relation() {
        open(ProfileView.class, Map.of("instrument", "rk@1", "rater", "skole", "target", "familie"));

        assertThat(find(Paragraph.class).id("profile-subject").getText()).isEqualTo("Gennemsnit pr. spørgsmål: Skoler vurderer Familieafdelingen");
        assertThat(groupPicker("profile-rater").getValue()).isEqualTo("skole");
        assertThat(groupPicker("profile-target").getValue()).isEqualTo("familie");
        assertShows("skole", "familie", AsOf.LATEST, DANISH);
    }

    @Test
    void picking_a_rated_group_narrows_the_profile() {
        open(ProfileView.class, Map.of());

        test(groupPicker("profile-target")).selectItem("PPR");

        assertShows(null, "ppr", AsOf.LATEST, DANISH);
    }

    @Test
    void an_earlier_moment_shows_the_profile_as_it_stood() {
        open(ProfileView.class, Map.of("asof", "700"));

        assertThat(find(Paragraph.class).withClassName("profile-as-of").single().getText()).startsWith("Beregnet pr. position 700 ");
        assertShows(null, null, new AsOf.Position(700), DANISH);
    }

    @Test
    void item_labels_and_numbers_switch_to_english() {
        open(ProfileView.class, Map.of("rater", "skole"));
        test(find(Button.class).id("language-toggle")).click();

        assertThat(test(grid()).getHeaderCell(0)).isEqualTo("Item");
        assertThat(test(grid()).getHeaderCell(2)).isEqualTo("W0 mean");
        assertShows("skole", null, AsOf.LATEST, Locale.ENGLISH);
    }

    /** Chart bars and table cells equal the profile query's figures for every wave that has answers. */
    private void assertShows(String rater, String target, AsOf asOf, Locale locale) {
        List<DimensionProfile> expected = WAVES.stream()
                .map(w -> profiles.profile(MiniStudy.STUDY, WaveKey.of(w), RK, rater, target, asOf, FigureGate.open(5)))
                .filter(p -> p.items().stream().anyMatch(i -> i.n() > 0))
                .toList();
        assertThat(expected).isNotEmpty();
        Map<String, Object> option = find(Chart.class).id("profile-chart").option();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
        assertThat(series).hasSize(expected.size());
        @SuppressWarnings("unchecked")
        List<String> categories = (List<String>) ((Map<String, Object>) option.get("xAxis")).get("data");
        Grid<?> grid = grid();
        assertThat(test(grid).size()).isEqualTo(expected.getFirst().items().size());
        for (int w = 0; w < expected.size(); w++) {
            DimensionProfile profile = expected.get(w);
            assertThat(series.get(w).get("name")).isEqualTo(profile.wave().value().toUpperCase(Locale.ROOT));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> bars = (List<Map<String, Object>>) series.get(w).get("data");
            for (int i = 0; i < profile.items().size(); i++) {
                DimensionProfile.ItemMean item = profile.items().get(i);
                assertThat(categories.get(i)).isEqualTo(locale.getLanguage().equals("en") ? item.labelEn() : item.labelDa());
                assertThat(test(grid).getCellText(i, 0)).isEqualTo(categories.get(i));
                String mean = test(grid).getCellText(i, 2 + 2 * w);
                String n = test(grid).getCellText(i, 3 + 2 * w);
                if (item.suppressed()) {
                    assertThat(bars.get(i).get("value")).isEqualTo("-");
                    assertThat(mean).isIn("Undertrykt", "Suppressed", "Ingen besvarelser", "No answers");
                } else {
                    assertThat((Double) bars.get(i).get("value")).as("%s %s", profile.wave(), item.item())
                            .isEqualTo(item.mean(), Offset.offset(1e-12));
                    assertThat(mean).isEqualTo(String.format(locale, "%.2f", item.mean()));
                    assertThat(n).isEqualTo(Integer.toString(item.n()));
                }
            }
        }
    }

    private Grid<?> grid() {
        return find(Grid.class).id("profile-grid");
    }

    private Select<dk.samspil.domain.instrument.Instrument> instrumentPicker() {
        @SuppressWarnings("unchecked")
        Select<dk.samspil.domain.instrument.Instrument> picker = find(Select.class).id("profile-instrument");
        return picker;
    }

    private Select<String> groupPicker(String id) {
        @SuppressWarnings("unchecked")
        Select<String> picker = find(Select.class).id(id);
        return picker;
    }
}
