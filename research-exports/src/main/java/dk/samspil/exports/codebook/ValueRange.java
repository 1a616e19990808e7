package dk.samspil.exports.codebook;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An inclusive range of allowed values, e.g. 1–5 for an instrument's scale. */
@JsonPropertyOrder({"min", "max"})
public record ValueRange(long min, long max) {

    public ValueRange {
        if (min > max) {
            throw new IllegalArgumentException("range min " + min + " is above max " + max);
        }
    }

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
