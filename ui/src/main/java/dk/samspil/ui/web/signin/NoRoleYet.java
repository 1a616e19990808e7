package dk.samspil.ui.web.signin;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Sends a signed-in user without a role to the "no access yet" page from wherever they go; the services refuse them anyway. */
@Component
public class NoRoleYet implements VaadinServiceInitListener {

    private static final Set<Class<?>> OPEN = Set.of(NoAccessView.class, LoginView.class, SignOutView.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(NoRoleYet::beforeEnter));
    }

    private static void beforeEnter(BeforeEnterEvent event) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken
                || OPEN.contains(event.getNavigationTarget())) {
            return;
        }
        if (signedIn.getAuthorities().stream().noneMatch(a -> a.getAuthority().startsWith("ROLE_"))) {
            event.rerouteTo(NoAccessView.class);
        }
    }
}
