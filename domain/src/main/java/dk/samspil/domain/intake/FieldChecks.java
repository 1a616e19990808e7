package dk.samspil.domain.intake;

import dk.samspil.domain.shared.Keys;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Where a reader reports a bad field, and the checks of a field's text that the CSV and JSON files share. */
interface FieldChecks {

    String ISO_DATE = "an ISO date (YYYY-MM-DD)";

    /** @param field the column of a CSV file, or the JSON pointer of a value */
    void problem(String field, String expected, String found);

    /** The text as a key; null, reported, when it is not one. */
    default String key(String field, String text) {
        if (!Keys.isValid(text)) {
            problem(field, "a key of lowercase letters, digits, '_' or '-'", text);
            return null;
        }
        return text;
    }

    /** The text as an ISO date; null, reported, when it is not one. */
    default LocalDate isoDate(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(field, ISO_DATE, text);
            return null;
        }
    }
}
