package dk.samspil.ui.web.signin;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A fresh nonce per response, named in the Content-Security-Policy's script-src and set on the
 * inline scripts of Vaadin's bootstrap page, so no other inline script runs.
 */
@Component
@ConditionalOnWebApplication
final class ScriptNonce implements VaadinServiceInitListener {

    static final String ATTRIBUTE = ScriptNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest().getAttribute(ATTRIBUTE) instanceof String nonce) {
                page.getDocument().getElementsByTag("script").attr("nonce", nonce);
            }
        });
    }

    /** Writes the policy with this request's nonce added to script-src, and keeps the nonce for the page. */
    record PolicyWriter(String policy) implements HeaderWriter {

        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            if (response.containsHeader("Content-Security-Policy")) {
                return;
            }
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(ATTRIBUTE, nonce);
            response.setHeader("Content-Security-Policy", policy.replace("script-src 'self'", "script-src 'self' 'nonce-" + nonce + "'"));
        }
    }
}
