package dk.samspil.ui.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user sees at an address no page answers and when a page fails: plain words, nothing of the system. */
class ErrorViewsTest extends MiniStudyBrowserlessTest {

    @Test
    void an_unknown_address_shows_the_neutral_not_found_page() {
        UI.getCurrent().navigate("no-such-page");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).startsWith("Siden findes ikke")
                .doesNotContain("Could not navigate", "no-such-page");
        assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle()).isEqualTo("Siden findes ikke · Samspil");
    }

    @Test
    void a_failing_page_shows_an_error_number_and_nothing_of_the_exception() {
        RouteConfiguration.forSessionScope().setRoute("failing", FailingView.class);

        UI.getCurrent().navigate("failing");

        assertThat(getCurrentView()).isInstanceOf(ServerErrorView.class);
        String shown = getCurrentView().getElement().getTextRecursively();
        assertThat(shown).startsWith("Der skete en fejl").containsPattern("fejlnummeret: [0-9a-f]{8}$")
                .doesNotContain("IllegalStateException", "SELECT", "person_key", "dk.samspil", "failing");
    }

    /** A page whose query fails with SQL in its message, as a broken read model could. */
    @AnonymousAllowed
    public static class FailingView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("SELECT secret FROM person_key WHERE person = 'p00007'");
        }
    }
}
