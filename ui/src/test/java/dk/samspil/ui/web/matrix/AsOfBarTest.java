package dk.samspil.ui.web.matrix;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The as-of control above analytic views: moving it shows the earlier state with a banner, and back. */
class AsOfBarTest extends MiniStudyBrowserlessTest {

    @Autowired
    Positions positions;

    @Test
    void the_latest_state_has_no_banner_and_the_slider_at_the_head() {
        open(MatrixView.class, Map.of("wave", "w0"));

        long head = positions.resolve(AsOf.LATEST);
        Input slider = find(Input.class).id("as-of-slider");
        assertThat(slider.getValue()).isEqualTo(Long.toString(head));
        assertThat(slider.getElement().getAttribute("max")).isEqualTo(Long.toString(head));
        assertThat(find(Div.class).id("as-of-bar").isVisible()).isTrue();
        assertThat(find(Div.class).withId("as-of-banner").exists()).isFalse();
        assertThat(find(Button.class).id("as-of-latest").isEnabled()).isFalse();
    }

    @Test
    void moving_the_slider_shows_the_matrix_as_it_stood_with_a_banner() {
        open(MatrixView.class, Map.of("wave", "w0"));

        test(find(Input.class).id("as-of-slider")).setValue("700");

        long head = positions.resolve(AsOf.LATEST);
        assertThat(find(Div.class).id("as-of-banner").getElement().getTextRecursively())
                .startsWith("Historisk visning: tallene står som ved position 700")
                .endsWith((head - 700) + " senere hændelser er ikke medregnet.");
        assertThat(find(Paragraph.class).withClassName("matrix-as-of").single().getText()).startsWith("Beregnet pr. position 700 ");
        assertThat(find(Input.class).id("as-of-slider").getValue()).isEqualTo("700");
        // the menu's links keep the moment, so the next view shows the same state
        assertThat(find(SideNavItem.class).id("menu-matrix").getElement().getAttribute("path")).isEqualTo("matrix?asof=700");

        test(find(Button.class).id("as-of-latest")).click();
        assertThat(find(Div.class).withId("as-of-banner").exists()).isFalse();
        assertThat(find(Paragraph.class).withClassName("matrix-as-of").single().getText()).startsWith("Beregnet pr. position " + head + " ");
    }

    @Test
    void the_banner_is_in_english_after_the_switch() {
        open(MatrixView.class, Map.of("wave", "w0", "asof", "700"));
        test(find(Button.class).id("language-toggle")).click();

        assertThat(find(Div.class).id("as-of-banner").getElement().getTextRecursively()).startsWith("Historical view: the figures stand as at position 700");
    }
}
