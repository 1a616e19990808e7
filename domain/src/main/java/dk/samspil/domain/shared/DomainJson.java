package dk.samspil.domain.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration for events, instruments and bundle files, so stored history reads back the same everywhere. */
public final class DomainJson {

    private static final ObjectMapper MAPPER = newMapper();

    private DomainJson() {
    }

    /**
     * A fresh mapper: ISO dates, null fields left out (but null map values kept: a null score is a
     * missing answer, not an absent one), unknown fields rejected, map keys sorted for stable bytes.
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
                .build();
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
