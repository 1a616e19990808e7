package dk.samspil.exports.codebook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.samspil.domain.shared.LocalizedText;

import java.util.Objects;

/**
 * What an absent value in a column means. Parquet has no missing codes of its own, so every missing value there is a
 * null and {@code code} is always "null". The labelled files write a numeric or coded column's null as a code of its own,
 * labelled with the meaning: Stata's extended missing value ({@code stata}, e.g. ".d") and an SPSS user-missing value
 * ({@code spss}, negative; none for a date, whose code SPSS would show as a day in 1582, so its null is SPSS's
 * system-missing value). A text column's null is the empty string there, and has neither.
 */
@JsonPropertyOrder({"code", "stata", "spss", "meaning"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Missing(String code, String stata, Integer spss, LocalizedText meaning) {

    public Missing {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(meaning, "meaning");
        if (stata == null && spss != null) {
            throw new IllegalArgumentException("an SPSS missing code comes with a Stata one");
        }
        if (stata != null && !stata.matches("\\.[a-z]")) {
            throw new IllegalArgumentException("Stata's extended missing values are .a to .z, not " + stata);
        }
        if (spss != null && spss >= 0) {
            throw new IllegalArgumentException("SPSS missing code " + spss + " could be a value; missing codes are negative");
        }
    }

    /** A null of a text column: the empty string in the labelled files. */
    public static Missing ofNull(String da, String en) {
        return new Missing("null", null, null, LocalizedText.of(da, en));
    }

    /** A null of a date column: {@code .letter} in Stata, system-missing in SPSS. */
    public static Missing codedDate(char letter, String da, String en) {
        return new Missing("null", "." + letter, null, LocalizedText.of(da, en));
    }

    /** A null of a numeric or coded column, written as {@code .letter} in Stata and {@code spss} in SPSS. */
    public static Missing coded(char letter, int spss, String da, String en) {
        return new Missing("null", "." + letter, spss, LocalizedText.of(da, en));
    }
}
