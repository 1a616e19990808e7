package dk.samspil.domain.intake;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reads the typed values of one JSON file by JSON pointer, reporting each bad one with the file, line and field. */
record JsonFields(String file, JsonNode root, JsonLines lines, ProblemReport problems) implements FieldChecks {

    JsonNode at(String pointer) {
        return root.at(pointer);
    }

    /** The pointers of an array's elements, each reported unless an object; none when it is no array (reported if required). */
    List<String> objects(String pointer, boolean required) {
        List<String> elements = elements(pointer, required);
        for (String element : elements) {
            if (!root.at(element).isObject()) {
                problem(element, "an object", root.at(element).toString());
            }
        }
        return elements;
    }

    /** The pointers of an array's elements; none when it is no array (reported if required). */
    List<String> elements(String pointer, boolean required) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode() && !required) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(pointer, "an array", node.isMissingNode() ? "" : node.toString());
            return List.of();
        }
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(pointer + "/" + i);
        }
        return elements;
    }

    /** Reports each field of the object that is not allowed. */
    void onlyFields(String pointer, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = root.at(pointer).fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(pointer + "/" + name, "one of the fields " + String.join(", ", allowed), name);
            }
        }
    }

    /** A key; null when absent or not a key (reported). */
    String keyAt(String pointer) {
        String text = textAt(pointer, true);
        return text == null ? null : key(pointer, text);
    }

    /** A text; null when absent or not a text (reported when required, or when it is something else). */
    String textAt(String pointer, boolean required) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                problem(pointer, "a value", "");
            }
            return null;
        }
        if (!node.isTextual()) {
            problem(pointer, "a text in quotes", node.toString());
            return null;
        }
        if (required && node.asText().isBlank()) {
            problem(pointer, "a non-empty text", "");
            return null;
        }
        return node.asText();
    }

    /** An ISO date; null when absent (reported when required) or not a date (reported). */
    LocalDate dateAt(String pointer, boolean required) {
        String text = textAt(pointer, required);
        return text == null ? null : isoDate(pointer, text);
    }

    @Override
    public void problem(String pointer, String expected, String found) {
        problems.add(file, lines.line(pointer), JsonLines.field(pointer), expected, found);
    }
}
