package dk.samspil.ui.web.signin;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in: Vaadin's login form posting to Spring Security; the only page open to anyone besides questionnaires. */
@Route(value = "login", autoLayout = false)
@PageTitle("Samspil")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Spring Security sends a failed sign-in back here with ?error
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = new LoginI18n.Form();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.username"));
        texts.setPassword(getTranslation("login.form.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        texts.setForgotPassword(getTranslation("login.form.forgot"));
        i18n.setForm(texts);
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setErrorMessage(error);
        return i18n;
    }
}
