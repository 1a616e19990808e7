package dk.samspil.exports.codebook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.samspil.domain.shared.LocalizedText;

import java.util.List;
import java.util.Objects;

/**
 * One column of an exported file.
 *
 * @param unit    the unit a number is measured in (e.g. "years"), or null
 * @param values  the allowed values when they are a fixed list, else empty
 * @param range   the allowed values when they are a fixed range, else null
 * @param missing what a null in the column means, or null when the column is never null
 */
@JsonPropertyOrder({"name", "type", "meaning", "unit", "values", "range", "missing"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ColumnDescription(String name, ColumnType type, LocalizedText meaning, String unit, List<Code> values,
                                ValueRange range, Missing missing) {

    public ColumnDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(meaning, "meaning");
        values = values == null ? List.of() : List.copyOf(values);
        if (!values.isEmpty() && range != null) {
            throw new IllegalArgumentException(name + " has both a list of values and a range");
        }
    }

    /** A column with neither unit, fixed values nor nulls. */
    public static ColumnDescription of(String name, ColumnType type, String da, String en) {
        return new ColumnDescription(name, type, LocalizedText.of(da, en), null, List.of(), null, null);
    }

    public ColumnDescription withUnit(String unit) {
        return new ColumnDescription(name, type, meaning, unit, values, range, missing);
    }

    public ColumnDescription withValues(Code... codes) {
        return new ColumnDescription(name, type, meaning, unit, List.of(codes), range, missing);
    }

    public ColumnDescription withRange(long min, long max) {
        return new ColumnDescription(name, type, meaning, unit, values, new ValueRange(min, max), missing);
    }

    public ColumnDescription withMissing(Missing missing) {
        return new ColumnDescription(name, type, meaning, unit, values, range, missing);
    }
}
