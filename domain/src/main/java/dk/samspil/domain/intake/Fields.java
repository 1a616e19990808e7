package dk.samspil.domain.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads the typed fields of one CSV line, reporting each bad field with the file, line and column. */
final class Fields implements FieldChecks {

    private final ProblemReport problems;
    private final String file;
    private final int line;
    private final int problemsBefore;

    Fields(ProblemReport problems, String file, int line) {
        this.problems = problems;
        this.file = file;
        this.line = line;
        this.problemsBefore = problems.size();
    }

    /** Whether any field of this line was reported. */
    boolean failed() {
        return problems.size() > problemsBefore;
    }

    @Override
    public void problem(String column, String expected, String found) {
        problems.add(file, line, column, expected, found);
    }

    String text(String column, String value, boolean required) {
        if (value.isEmpty()) {
            if (required) {
                problem(column, "a value", "");
            }
            return null;
        }
        return value;
    }

    LocalDate date(String column, String value, boolean required) {
        if (value.isEmpty()) {
            if (required) {
                problem(column, ISO_DATE, "");
            }
            return null;
        }
        return isoDate(column, value);
    }

    /** Plain decimals only: BigDecimal also takes '1e999999999', '+5' and other digits, which the format does not write. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

    BigDecimal number(String column, String value) {
        if (DECIMAL.matcher(value).matches()) {
            return new BigDecimal(value);
        }
        problem(column, "a number written with a point for decimals (e.g. 9.68)", value);
        return null;
    }

    /** A value that must be one of a known set (e.g. a unit key of study.json). */
    <T> T oneOf(String column, String value, Map<String, T> known, String expected) {
        T found = known.get(value);
        if (found == null) {
            problem(column, expected, value);
        }
        return found;
    }

    /** A value of an enumeration, read through its key. */
    <T> T kind(String column, String value, Function<String, Optional<T>> parse, String keys) {
        Optional<T> kind = parse.apply(value);
        if (kind.isEmpty()) {
            problem(column, "one of " + keys, value);
        }
        return kind.orElse(null);
    }
}
