package dk.samspil.ui.web.signin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** Where a user the identity provider knows but Samspil has granted no role lands: no menu, no data, a way out. */
@Route(value = "no-access", autoLayout = false)
@PageTitle("Samspil")
@StyleSheet("styles/signin.css")
@PermitAll
public class NoAccessView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext signedIn;

    public NoAccessView(AuthenticationContext signedIn) {
        this.signedIn = signedIn;
        addClassName("login-view");
        setId("no-access");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Button signOut = new Button(getTranslation("signin.signout"), click -> signedIn.logout());
        signOut.setId("no-access-sign-out");
        add(new H2(getTranslation("signin.noaccess.title")),
                new Paragraph(getTranslation("signin.noaccess.text", signedIn.getPrincipalName().orElse("?"))), signOut);
    }
}
