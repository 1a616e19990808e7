package dk.samspil.ui.web.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every new session starts in Danish, whatever the browser asks for; the header's toggle switches to English. */
@Component
public class DanishByDefault implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(Translations.DANISH));
    }
}
