package dk.samspil.ui.web.signin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.web.admin.AdminView;
import dk.samspil.ui.web.matrix.MatrixView;
import dk.samspil.ui.web.overview.OverviewView;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages around signing in with an identity provider registered: its button, "no access yet", an admin's grant, signing out. */
class SignInPagesTest extends MiniStudyBrowserlessTest {

    private static final MockOAuth2Server PROVIDER = started();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.registration.kommune.client-id", () -> "samspil");
        registry.add("spring.security.oauth2.client.registration.kommune.client-secret", () -> "test-secret");
        registry.add("spring.security.oauth2.client.registration.kommune.client-name", () -> "Kommunens log-ind");
        registry.add("spring.security.oauth2.client.registration.kommune.scope", () -> "openid");
        registry.add("spring.security.oauth2.client.provider.kommune.issuer-uri", () -> PROVIDER.issuerUrl("kommune").toString());
    }

    @Autowired
    UserAccounts accounts;

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    @WithAnonymousUser
    void the_sign_in_page_offers_the_identity_provider_beside_the_local_accounts() {
        UI.getCurrent().navigate(OverviewView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        Anchor provider = $(Anchor.class).id("sign-in-kommune");
        assertThat(provider.getText()).isEqualTo("Log ind med Kommunens log-ind");
        assertThat(provider.getHref()).isEqualTo("oauth2/authorization/kommune");
        assertThat($(LoginForm.class).single().isVisible()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void a_refused_sign_in_says_why_in_danish_a_lock_as_a_lock_and_a_bad_token_plainly() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new PasswordSignIn.SignInLocked());
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("For mange forkerte forsøg").contains("\"Log ind\"").doesNotContain("Forkert brugernavn");

        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token", "The ID Token contains invalid claims: {exp=...}", null)));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat($(Paragraph.class).id("sign-in-problem").getText())
                .isEqualTo("Log-ind gennem identitetsudbyderen kunne ikke bekræftes. Prøv igen, eller spørg en administrator.");
        assertThat(texts($(LoginForm.class).single())).contains("Brugernavn").doesNotContain("Username");

        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new OAuth2AuthenticationException(
                new OAuth2Error(IdentitySignIn.REFUSED, "the Samspil account dora is disabled", null)));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat($(Paragraph.class).id("sign-in-problem").getText())
                .isEqualTo("Identitetsudbyderens log-ind blev afvist: the Samspil account dora is disabled");
    }

    @Test
    @WithMockUser(username = "ida", authorities = "OIDC_USER")
    void a_signed_in_user_without_a_role_lands_on_no_access_yet_wherever_they_go() {
        for (Class<?> view : java.util.List.of(OverviewView.class, MatrixView.class, AdminView.class)) {
            UI.getCurrent().navigate(view.asSubclass(com.vaadin.flow.component.Component.class));
            assertThat(getCurrentView()).as(view.getSimpleName()).isInstanceOf(NoAccessView.class);
        }
        assertThat($(H2.class).single().getText()).isEqualTo("Ingen adgang endnu");
        assertThat($(Paragraph.class).single().getText()).startsWith("Du er logget ind som ida, men din konto har endnu ingen rolle i Samspil.");
        assertThat($(Button.class).id("no-access-sign-out").getText()).isEqualTo("Log ud");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_sees_who_waits_for_a_role_and_grants_one_with_an_organisation() {
        accounts.addLinked("jonas", PROVIDER.issuerUrl("kommune").toString(), "sub-jonas", Optional.empty());
        open(AdminView.class, Map.of());
        Grid<UserAccounts.Waiting> waiting = (Grid<UserAccounts.Waiting>) $(Grid.class).id("admin-waiting");
        assertThat(waiting.getGenericDataView().getItems().map(UserAccounts.Waiting::username)).containsExactly("jonas");

        test($(Button.class).id("admin-grant")).click();
        assertThat($(Paragraph.class).id("admin-status").getText()).isEqualTo("Ikke gjort: vælg først en bruger på listen");

        test(waiting).select(0);
        test($(Select.class).id("admin-grant-role")).selectItem("Programleder");
        test($(TextField.class).id("admin-grant-organisations")).setValue("eksempel-kommune");
        test($(Button.class).id("admin-grant")).click();
        assertThat($(Paragraph.class).id("admin-status").getText()).isEqualTo("jonas har nu rollen Programleder.");
        assertThat(accounts.find("jonas")).hasValueSatisfying(u -> {
            assertThat(u.role()).isEqualTo(Role.PROGRAMME_MANAGER);
            assertThat(u.organisations()).containsExactly(TenantId.of("eksempel-kommune"));
        });
        assertThat(waiting.getGenericDataView().getItems()).isEmpty();
    }

    @Test
    void everyone_signed_in_finds_sign_out_in_the_menu() {
        open(OverviewView.class, Map.of());
        assertThat(getCurrentView()).isInstanceOf(OverviewView.class);
        UI.getCurrent().navigate(SignOutView.class);
        assertThat($(Button.class).id("sign-out").getText()).isEqualTo("Log ud");
        assertThat($(Paragraph.class).single().getText()).isEqualTo("Du er logget ind som test-admin.");
        assertThat(com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries()).anyMatch(e -> e.path().equals("/sign-out")
                && e.title().equals("signin.signout.menu"));
    }

    /** The texts the login form is given, as the browser receives them. */
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
