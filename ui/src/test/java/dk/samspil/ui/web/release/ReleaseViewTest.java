package dk.samspil.ui.web.release;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.samspil.projections.release.ReleasePoint;
import dk.samspil.ui.app.release.WaveReleases;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The release page: a wave chosen (or named in the address) is reviewed, its button releases it, the point is listed. */
class ReleaseViewTest extends MiniStudyBrowserlessTest {

    @Test
    @SuppressWarnings("unchecked")
    void a_wave_is_reviewed_when_chosen_then_released_with_the_button_and_its_point_listed() {
        open(ReleaseView.class, Map.of());
        assertThat(find(Paragraph.class).id("release-choose").getText()).startsWith("Vælg en bølge");
        assertThat(find(Grid.class).withId("release-points").exists()).as("nothing released yet").isFalse();

        open(ReleaseView.class, Map.of("study", "mini", "wave", "w0"));
        assertThat(find(Div.class).id("release-review").getElement().getTextRecursively())
                .contains("Gennemgang: frigivelse af w0 nu").containsPattern("\\d+ tal vises, \\d+ holdes tilbage under k");
        // why each figure is withheld, in the page's language
        Grid<WaveReleases.Withheld> withheld = find(Grid.class).id("release-withheld");
        assertThat(test(withheld).getCellText(0, 2)).startsWith("sekundær: ");

        test(find(Button.class).id("release-submit")).click();
        assertThat(find(Paragraph.class).id("release-choose").getText()).matches("Bølge w0 er frigivet ved position \\d+: \\d+ tal vises.*");
        Grid<ReleasePoint> points = find(Grid.class).id("release-points");
        assertThat(points.getGenericDataView().getItems().map(ReleasePoint::wave)).containsExactly("w0");
    }
}
