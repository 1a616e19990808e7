package dk.samspil.exports.codebook;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.samspil.domain.shared.LocalizedText;

import java.util.Objects;

/**
 * What an absent value in a column means. Parquet has no missing codes of its own, so every
 * missing value in an export is a null and {@code code} is always "null" there.
 */
@JsonPropertyOrder({"code", "meaning"})
public record Missing(String code, LocalizedText meaning) {

    public Missing {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(meaning, "meaning");
    }

    public static Missing ofNull(String da, String en) {
        return new Missing("null", LocalizedText.of(da, en));
    }
}
