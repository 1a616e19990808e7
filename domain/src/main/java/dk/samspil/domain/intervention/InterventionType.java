package dk.samspil.domain.intervention;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of intervention seen in practice; the keys are those of interventions.csv. */
public enum InterventionType {
    /** rådgivende team: advisers made available where the children are */
    @JsonProperty("raadgivende_team") RAADGIVENDE_TEAM,
    /** handleteam: a small team sent to act when a child is not thriving */
    @JsonProperty("handleteam") HANDLETEAM,
    /** prøvehandling: a quick test of a possible solution */
    @JsonProperty("proevehandling") PROEVEHANDLING,
    @JsonProperty("temadag") TEMADAG,
    /** koordineret sagsbehandling / koordinationsteam */
    @JsonProperty("koordinationsteam") KOORDINATIONSTEAM,
    @JsonProperty("other") OTHER;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<InterventionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(InterventionType::key).toList());
    }
}
