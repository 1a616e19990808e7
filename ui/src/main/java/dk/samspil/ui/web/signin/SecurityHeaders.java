package dk.samspil.ui.web.signin;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** The response headers of every page and endpoint, in one place: each filter chain applies them. */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    public static HttpSecurity apply(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers.contentTypeOptions(Customizer.withDefaults()));
    }
}
