package dk.samspil.exports.codebook;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.samspil.domain.shared.LocalizedText;

import java.util.Objects;

/** One allowed value of a column, as written in the file, with what it means. */
@JsonPropertyOrder({"value", "label"})
public record Code(String value, LocalizedText label) {

    public Code {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }

    public static Code of(String value, String da, String en) {
        return new Code(value, LocalizedText.of(da, en));
    }
}
