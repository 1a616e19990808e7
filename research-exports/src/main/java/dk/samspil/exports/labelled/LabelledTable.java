package dk.samspil.exports.labelled;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One table as a labelled statistics file holds it: Stata's .dta and SPSS's .sav are written from this, so both carry
 * the same names, labels and missing codes.
 *
 * @param label   the dataset label
 * @param rows    the number of rows the writer will be given
 * @param stamped the time the file says it was made: the as-of event's, so the same export is the same bytes
 */
public record LabelledTable(String label, long rows, List<Column> columns, LocalDateTime stamped) {

    public LabelledTable {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(stamped, "stamped");
        columns = List.copyOf(columns);
        if (rows < 0) {
            throw new IllegalArgumentException("rows " + rows + " is negative");
        }
    }

    /** A text value's UTF-8 bytes: given so, or encoded. */
    static byte[] text(Object value) {
        return value instanceof byte[] bytes ? bytes : ((String) value).getBytes(StandardCharsets.UTF_8);
    }

    /** How a column's values reach the writer, one Java type each; null is missing. */
    public enum Kind {
        /** a whole number, given as a Long */
        INTEGER,
        /** a number, given as a Double */
        DOUBLE,
        /** a day, given as an Integer count of days since 1970-01-01 */
        DATE,
        /** text, given as a String or as its UTF-8 bytes; a null is written as the empty string */
        STRING,
        /** a coded value, given as the Integer code its value label names */
        CODED
    }

    /**
     * @param name        the variable name: a letter, then letters, digits or '_', at most 32
     * @param label       the variable's meaning in full; writers shorten it to their format's limit
     * @param valueLabels the codes' labels (CODED columns), in code order
     * @param missing     what a null means, or null when the column has no meaning for a null
     * @param width       the longest value in UTF-8 bytes (STRING columns), at least 1
     */
    public record Column(String name, Kind kind, String label, List<ValueLabel> valueLabels, MissingCode missing, int width) {

        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            valueLabels = List.copyOf(valueLabels);
            if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,31}")) {
                throw new IllegalArgumentException("column '" + name + "' is no name Stata, SPSS and R all take"
                        + " (a letter, then letters, digits or '_', at most 32)");
            }
            if (kind != Kind.CODED && !valueLabels.isEmpty()) {
                throw new IllegalArgumentException("column '" + name + "' is " + kind + " and cannot have value labels");
            }
            width = Math.max(1, width);
        }

        public boolean numeric() {
            return kind != Kind.STRING;
        }
    }

    /** One code of a coded column and what it means. */
    public record ValueLabel(int code, String label) {

        public ValueLabel {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * How a null of a numeric column is written: as Stata's extended missing value {@code .letter} and as SPSS's
     * user-missing {@code spss}, both labelled; {@code spss} null is SPSS's system-missing value (a date's, since a
     * date variable's code would read as a day in 1582).
     */
    public record MissingCode(char letter, Integer spss, String label) {

        public MissingCode {
            Objects.requireNonNull(label, "label");
            if (letter < 'a' || letter > 'z') {
                throw new IllegalArgumentException("Stata's extended missing values are .a to .z, not ." + letter);
            }
            if (spss != null && spss >= 0) {
                throw new IllegalArgumentException("SPSS missing code " + spss + " could be a value; missing codes are negative");
            }
        }
    }
}
