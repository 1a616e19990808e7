package dk.samspil.ui.e2e;

import org.assertj.core.api.SoftAssertions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The security headers every response carries, whoever asks for whatever, and the absence of
 * stack traces, class names and SQL in what it says: requested with a plain HTTP client.
 */
public final class ResponseHeaders {

    /** What may never reach a browser or API client: a stack frame, a Java or Samspil class, an exception's name, SQL. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [a-z][\\w$]*\\.[\\w$.]+\\(|java\\.(lang|io|sql|util)\\.|dk\\.samspil\\.|org\\.(springframework|duckdb|h2|axonframework)\\."
                    + "|\\w+Exception\\b|\\bSELECT\\s+\\S+\\s+FROM\\b|\\bINSERT\\s+INTO\\b|Apache Tomcat/", Pattern.CASE_INSENSITIVE);

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ResponseHeaders() {
    }

    /** Requests the path (with the session cookie when given) and asserts every header and a body without leaks. */
    public static HttpResponse<String> check(SoftAssertions soft, String base, String path, String sessionCookie, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (sessionCookie != null) {
            request.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String what = path + (sessionCookie == null ? " (anonymous)" : " (signed in)") + " answered " + response.statusCode();
        soft.assertThat(response.headers().firstValue("Content-Security-Policy")).as(what + ": Content-Security-Policy")
                .hasValueSatisfying(csp -> soft.assertThat(csp)
                        .contains("default-src 'none'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'")
                        .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'unsafe-eval'(;|$)")
                        .doesNotContain("http:", "https:", "*", "'unsafe-hashes'"));
        soft.assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what + ": X-Content-Type-Options").hasValue("nosniff");
        soft.assertThat(response.headers().firstValue("Referrer-Policy")).as(what + ": Referrer-Policy").hasValue("no-referrer");
        soft.assertThat(response.headers().firstValue("X-Frame-Options")).as(what + ": X-Frame-Options").hasValue("DENY");
        soft.assertThat(response.headers().firstValue("Permissions-Policy")).as(what + ": Permissions-Policy")
                .hasValueSatisfying(policy -> soft.assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"));
        soft.assertThat(LEAK.matcher(response.body()).results().map(m -> m.group()).toList()).as(what + ": stack trace, class or SQL in the body")
                .isEmpty();
        soft.assertThat(response.headers().allValues("Server")).as(what + ": Server header").isEmpty();
        return response;
    }

    /** A page or API answer that holds a token or personal figures: never kept in a cache. */
    public static void assertNotStored(SoftAssertions soft, String path, HttpResponse<String> response) {
        soft.assertThat(response.headers().firstValue("Cache-Control")).as(path + ": Cache-Control")
                .hasValueSatisfying(cache -> soft.assertThat(cache).contains("no-store"));
    }

    /** The session cookie a response sets: SameSite=Lax, HttpOnly, and Secure exactly when the request came over TLS. */
    static void assertSessionCookie(SoftAssertions soft, HttpResponse<String> response, boolean overTls) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        soft.assertThat(cookies).as("the session cookie set by " + response.uri()).hasSize(1);
        cookies.forEach(cookie -> {
            soft.assertThat(cookie).as("session cookie").containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
            if (overTls) {
                soft.assertThat(cookie).as("session cookie over TLS").containsIgnoringCase("; Secure");
            } else {
                soft.assertThat(cookie).as("session cookie over plain HTTP").doesNotContainIgnoringCase("; Secure");
            }
        });
    }
}
