package dk.samspil.domain.instrument;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.domain.shared.LocalizedText;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An integer answer scale; an empty answer ("don't know / not relevant") is missing, never a score.
 *
 * @param labels the wording of scale points, by point (e.g. 1 = "I meget lav grad"); empty when the definition gives
 *               none. Wording is presentation: an adopted version keeps its identity without it
 */
public record Scale(int min, int max, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<Integer, LocalizedText> labels) {

    public Scale {
        if (min > max) {
            throw new IllegalArgumentException("scale min " + min + " is above max " + max);
        }
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(labels));
        for (Integer point : labels.keySet()) {
            if (point < min || point > max) {
                throw new IllegalArgumentException("scale label for " + point + ", which is outside the scale " + min + "-" + max);
            }
        }
    }

    public Scale(int min, int max) {
        this(min, max, Map.of());
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    /** The same points without their wording. */
    public Scale unlabelled() {
        return new Scale(min, max);
    }

    @Override
    public String toString() {
        return min + "-" + max;
    }
}
