package dk.samspil.domain.study;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How much a relation matters in the relationship map (relationskort). */
public enum Importance {
    @JsonProperty("high") HIGH,
    @JsonProperty("middle") MIDDLE,
    @JsonProperty("low") LOW;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
