package dk.samspil.projections.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A mean with the number of respondents (or citizens) behind it; below k it is suppressed and
 * carries no value (measures.md, Suppression).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Figure(Double mean, int n, boolean suppressed) {

    public static Figure of(Double mean, int n, int k) {
        boolean suppressed = n < k;
        return new Figure(suppressed || n == 0 ? null : mean, n, suppressed);
    }
}
