package dk.samspil.ui.web.signin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.samspil.ui.app.accounts.SignInSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sign-in: the identity provider when one is registered, and Vaadin's login form posting to Spring Security
 * unless local accounts are switched off; the only page open to anyone besides questionnaires.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("Samspil")
@StyleSheet("styles/signin.css")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String ROUTE = "login";

    private final LoginForm form = new LoginForm();
    private final Paragraph problem = new Paragraph();
    /** Each provider's button and name, labelled in the page's language when it is entered. */
    private final Map<Anchor, String> providers = new LinkedHashMap<>();

    public LoginView(SignInSettings settings, ObjectProvider<ClientRegistrationRepository> identityProviders) {
        addClassName("login-view");
        problem.setId("sign-in-problem");
        problem.setVisible(false);
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setVisible(settings.localAccounts());
        add(problem, form);
        List<ClientRegistration> registrations = new ArrayList<>();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registered) {
            registered.forEach(r -> registrations.add((ClientRegistration) r));
        }
        if (!registrations.isEmpty()) {
            Div identity = new Div();
            identity.addClassName("login-identity-providers");
            for (ClientRegistration provider : registrations) {
                // Spring Security's own address that starts the code flow, outside Vaadin's router
                Anchor start = new Anchor("oauth2/authorization/" + provider.getRegistrationId(), provider.getClientName());
                start.setRouterIgnore(true);
                start.setId("sign-in-" + provider.getRegistrationId());
                start.addClassName("login-provider");
                identity.add(start);
                providers.put(start, provider.getClientName());
            }
            addComponentAsFirst(identity);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Spring Security sends a failed sign-in back here with ?error and keeps why in the session
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        Object why = failed ? VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
        problem.setVisible(false);
        providers.forEach((start, name) -> start.setText(getTranslation("login.provider", name)));
        boolean locked = why instanceof PasswordSignIn.SignInLocked;
        form.setI18n(locked ? texts("login.locked.title", "login.locked.message") : texts("login.error.title", "login.error.message"));
        if (why instanceof OAuth2AuthenticationException refused) {
            // Samspil's own refusals say why; the provider's or the token's problems (expired, bad signature) are for the log
            problem.setText(IdentitySignIn.REFUSED.equals(refused.getError().getErrorCode())
                    ? getTranslation("login.provider.refused", refused.getError().getDescription())
                    : getTranslation("login.provider.failed"));
            problem.setVisible(true);
            failed = false;
        }
        form.setError(failed);
    }

    private LoginI18n texts(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = new LoginI18n.Form();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.username"));
        texts.setPassword(getTranslation("login.form.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        texts.setForgotPassword(getTranslation("login.form.forgot"));
        i18n.setForm(texts);
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation(errorTitle));
        error.setMessage(getTranslation(errorMessage));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setErrorMessage(error);
        return i18n;
    }
}
