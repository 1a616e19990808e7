package dk.samspil.ui.web.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.ui.web.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a query or command refused the signed-in user: what was refused and why, and nothing of the data. */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessPolicy.AccessDenied> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessPolicy.AccessDenied> parameter) {
        removeAll();
        setId("access-denied");
        add(new H2(getTranslation("access.denied.title")), new Paragraph(getTranslation("access.denied.text")),
                new Paragraph(parameter.getException().getMessage()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
