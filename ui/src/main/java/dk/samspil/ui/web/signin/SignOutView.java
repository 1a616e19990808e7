package dk.samspil.ui.web.signin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.samspil.ui.web.MainLayout;
import jakarta.annotation.security.PermitAll;

/** Signing out, last in everyone's menu: a button, so that merely opening the address signs nobody out. */
@Route(value = "sign-out", layout = MainLayout.class)
@Menu(title = "signin.signout.menu", order = 99)
@PermitAll
public class SignOutView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext signedIn;

    public SignOutView(AuthenticationContext signedIn) {
        this.signedIn = signedIn;
        setId("sign-out-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Button signOut = new Button(getTranslation("signin.signout"), click -> signedIn.logout());
        signOut.setId("sign-out");
        add(new H2(getTranslation("signin.signout")),
                new Paragraph(getTranslation("signin.signout.text", signedIn.getPrincipalName().orElse("?"))), signOut);
    }
}
