package dk.samspil.domain.instrument;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The consultancy's colour bands for a mean score. */
public enum Band {
    @JsonProperty("high") HIGH,
    @JsonProperty("middle") MIDDLE,
    @JsonProperty("low") LOW;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
