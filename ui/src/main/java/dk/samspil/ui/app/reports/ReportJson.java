package dk.samspil.ui.app.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.samspil.domain.shared.DomainJson;

import java.io.UncheckedIOException;

/** JSON as the command line prints it and the read API answers: indented, nulls written out (a suppressed mean is null, not absent). */
public final class ReportJson {

    private static final ObjectMapper MAPPER = DomainJson.newMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private ReportJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
