package dk.samspil.ui.web.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * A page that failed while opening: an error number to quote, nothing of the exception (its class,
 * message or SQL could reveal the system or data); the full detail goes to the server's log under that number.
 */
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("error {} opening /{}", incident, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        getStyle().set("padding", "var(--lumo-space-l)");
        setId("server-error");
        add(new H2(getTranslation("error.server.title")), new Paragraph(getTranslation("error.server.text") + " " + incident));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.server.title") + " · Samspil";
    }
}
