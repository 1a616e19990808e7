package dk.samspil.ui.web.signin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import dk.samspil.ui.web.overview.OverviewView;
import dk.samspil.ui.web.matrix.MatrixView;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class SignInTest extends MiniStudyBrowserlessTest {

    private static final Path DATA = MiniStudy.newDataFolder();

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("samspil.data", DATA::toString);
    }

    @Test
    @WithAnonymousUser
    void nobody_sees_a_view_before_signing_in() {
        for (Class<? extends Component> view : List.of(OverviewView.class, MatrixView.class)) {
            UI.getCurrent().navigate(view);
            assertThat(getCurrentView()).as("%s", view.getSimpleName()).isInstanceOf(LoginView.class);
        }
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    @WithAnonymousUser
    void a_refused_sign_in_is_told_so() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat($(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    @WithMockUser(username = "anna", roles = "RESEARCHER")
    void a_signed_in_user_reaches_the_views() {
        UI.getCurrent().navigate(OverviewView.class);
        assertThat(getCurrentView()).isInstanceOf(OverviewView.class);
    }
}
