package dk.samspil.ui.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.domain.shared.DomainJson;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Refusals before a controller runs (no token, too many requests), written as RFC 9457 problem details. */
final class Problems {

    private static final ObjectMapper JSON = DomainJson.newMapper();

    private Problems() {
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"samspil\"");
        }
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
