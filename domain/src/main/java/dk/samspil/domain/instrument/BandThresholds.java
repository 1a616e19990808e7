package dk.samspil.domain.instrument;

import com.fasterxml.jackson.annotation.JsonProperty;

/** high when mean &gt; highAbove; middle when middleFrom &lt;= mean &lt;= highAbove; else low (measures.md, Bands). */
public record BandThresholds(@JsonProperty("high_above") double highAbove,
                             @JsonProperty("middle_from") double middleFrom) {

    public BandThresholds {
        if (!(middleFrom <= highAbove)) {
            throw new IllegalArgumentException("middle_from (" + middleFrom + ") must not exceed high_above (" + highAbove + ")");
        }
    }

    public Band classify(double mean) {
        if (mean > highAbove) {
            return Band.HIGH;
        }
        return mean >= middleFrom ? Band.MIDDLE : Band.LOW;
    }
}
