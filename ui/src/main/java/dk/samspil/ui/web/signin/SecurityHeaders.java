package dk.samspil.ui.web.signin;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every page and endpoint, in one place: each filter chain applies them.
 * The README's "Response headers" section explains the policy and the two {@code unsafe-*} it keeps.
 */
public final class SecurityHeaders {

    /**
     * Nothing from another origin. Vaadin 25 needs {@code 'unsafe-eval'} (its client engine turns the
     * JavaScript the server sends, executeJs and event data expressions, into functions) and inline
     * styles (the bootstrap page's and the web components' own style elements and attributes). The
     * nonce of each page's inline bootstrap scripts replaces {@code 'unsafe-inline'} for scripts in
     * every browser that knows nonces ({@link ScriptNonce}).
     */
    static final String POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "manifest-src 'self'",
            "worker-src 'self'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'",
            "frame-src 'none'",
            "frame-ancestors 'none'");

    /** Powerful browser features Samspil never uses, denied to the page and to anything it might embed. */
    static final String PERMISSIONS = String.join(", ",
            "accelerometer=()", "autoplay=()", "camera=()", "display-capture=()", "encrypted-media=()", "fullscreen=()",
            "geolocation=()", "gyroscope=()", "hid=()", "idle-detection=()", "magnetometer=()", "microphone=()", "midi=()",
            "payment=()", "picture-in-picture=()", "publickey-credentials-get=()", "screen-wake-lock=()", "serial=()",
            "usb=()", "xr-spatial-tracking=()");

    static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

    private SecurityHeaders() {
    }

    public static HttpSecurity apply(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentTypeOptions(options -> {
                })
                .frameOptions(frames -> frames.deny())
                .addHeaderWriter(new ScriptNonce.PolicyWriter(POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                // no-store wherever the response does not set its own caching (the static resources do)
                .cacheControl(cache -> {
                })
                // written only on requests that came over TLS (directly, or as X-Forwarded-Proto says)
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true))
                // at the start of the request: Vaadin's bootstrap page is written past the lazy writer
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
