package dk.samspil.ui.app.fieldwork;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.domain.shared.DomainJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * An SMS gateway reached over HTTP, as municipalities' gateways are: a POST of {"to", "text"} as JSON
 * to samspil.fieldwork.sms-url, with samspil.fieldwork.sms-token as a bearer token when set; any 2xx
 * answer means the gateway took the message.
 */
@Component
@ConditionalOnProperty("samspil.fieldwork.sms-url")
class HttpSmsGateway implements SmsGateway {

    private static final ObjectMapper JSON = DomainJson.mapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI url;
    private final String token;

    HttpSmsGateway(@Value("${samspil.fieldwork.sms-url}") String url, @Value("${samspil.fieldwork.sms-token:}") String token) {
        this.url = URI.create(url);
        this.token = token;
    }

    @Override
    public void send(String phone, String text) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("to", phone, "text", text))));
        if (!token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new IOException("the SMS gateway answered HTTP " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the SMS gateway answered", e);
        }
    }
}
