package dk.samspil.domain.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.intake.WideMapping.Column;
import dk.samspil.domain.intake.WideMapping.Field;
import dk.samspil.domain.intake.WideMapping.ItemColumn;
import dk.samspil.domain.intake.WideMapping.Values;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads responses_wide.json and checks its shape (fields, columns named, value lists). Whether
 * the keys it yields exist in the study is left to the checker, which sees them row by row.
 */
final class WideMappingReader {

    /** The long layout's fields a wide file can fill; target and item come from each answer column. */
    static final List<String> FIELDS = List.of("wave", "collected_on", "respondent", "respondent_group",
            "respondent_unit", "instrument", "case", "score");
    private static final Set<String> REQUIRED = Set.of("wave", "collected_on", "respondent", "respondent_unit");

    private final ProblemReport problems;
    private JsonLines lines;

    private WideMappingReader(ProblemReport problems) {
        this.problems = problems;
    }

    static Optional<WideMapping> read(byte[] bytes, ProblemReport problems) throws IOException {
        return new WideMappingReader(problems).read(bytes);
    }

    private Optional<WideMapping> read(byte[] bytes) throws IOException {
        String file = WideCsvResponses.MAPPING;
        if (!Utf8.check(file, bytes, problems)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            // a value list naming the same cell twice would otherwise keep the last silently, a second document be ignored
            root = StudyJsonReader.STRICT.readTree(Utf8.withoutBom(bytes));
            lines = JsonLines.of(Utf8.withoutBom(bytes));
        } catch (JsonProcessingException e) {
            problems.add(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "well-formed JSON", e.getOriginalMessage());
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            problems.add(file, 1, "", "a JSON object with fields and items", root == null ? "" : root.getNodeType().toString().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
        int before = problems.size();
        onlyFields(root, "", "delimiter", "fields", "items");
        char delimiter = delimiter(root);
        Map<String, Field> fields = fields(root);
        List<ItemColumn> items = items(root, fields.containsKey("instrument"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new WideMapping(delimiter, fields, items));
    }

    private char delimiter(JsonNode root) {
        JsonNode node = root.at("/delimiter");
        if (node.isMissingNode()) {
            return ',';
        }
        if (!node.isTextual() || node.asText().length() != 1 || "\"\r\n".contains(node.asText())) {
            problem("/delimiter", "one character between the columns, e.g. \",\" or \";\"", node.toString());
            return ',';
        }
        return node.asText().charAt(0);
    }

    private Map<String, Field> fields(JsonNode root) {
        Map<String, Field> fields = new LinkedHashMap<>();
        JsonNode node = root.at("/fields");
        if (!node.isObject()) {
            problem("/fields", "an object saying where " + String.join(", ", REQUIRED.stream().sorted().toList()) + " come from",
                    node.isMissingNode() ? "" : node.toString());
            return fields;
        }
        onlyFields(root, "/fields", FIELDS.toArray(String[]::new));
        for (String name : FIELDS) {
            String at = "/fields/" + name;
            JsonNode spec = root.at(at);
            if (spec.isMissingNode()) {
                if (REQUIRED.contains(name)) {
                    problem(at, "{\"column\": \"...\"} or {\"value\": \"...\"}", "");
                }
                continue;
            }
            if (!spec.isObject()) {
                problem(at, "{\"column\": \"...\"} or {\"value\": \"...\"}", spec.toString());
                continue;
            }
            Field field = name.equals("score") ? score(root, at) : field(root, at, name);
            if (field != null) {
                fields.put(name, field);
            }
        }
        return fields;
    }

    /** The score field only says how answer cells translate; the answers themselves are in items. */
    private Field score(JsonNode root, String at) {
        onlyFields(root, at, "values");
        Values values = values(root, at + "/values");
        return values == null ? null : new Field("score", null, null, values, null, null);
    }

    private Field field(JsonNode root, String at, String name) {
        boolean date = name.equals("collected_on");
        if (date) {
            onlyFields(root, at, "column", "value", "values", "format");
        } else {
            onlyFields(root, at, "column", "value", "values");
        }
        JsonNode spec = root.at(at);
        if (spec.has("column") == spec.has("value")) {
            problem(at, "either \"column\" (a column of " + WideCsvResponses.FILE + ") or \"value\" (the same for every row)", spec.toString());
            return null;
        }
        if (spec.has("value")) {
            String fixed = text(root, at + "/value");
            if (spec.has("values") || spec.has("format")) {
                problem(at, "\"values\" and \"format\" only with \"column\"", spec.toString());
                return null;
            }
            return fixed == null ? null : new Field(name, fixed, null, null, null, null);
        }
        Column column = column(root, at + "/column");
        Values values = spec.has("values") ? values(root, at + "/values") : null;
        DateTimeFormatter format = null;
        String formatText = null;
        if (date && spec.has("format")) {
            formatText = text(root, at + "/format");
            try {
                format = formatText == null ? null : DateTimeFormatter.ofPattern(formatText, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                problem(at + "/format", "a date pattern such as dd-MM-yyyy or dd.MM.yyyy HH:mm", formatText);
            }
        }
        if (column == null || (spec.has("values") && values == null) || (formatText != null && format == null)) {
            return null;
        }
        return new Field(name, null, column, values, format, formatText);
    }

    private List<ItemColumn> items(JsonNode root, boolean instrumentField) {
        List<ItemColumn> items = new ArrayList<>();
        JsonNode array = root.at("/items");
        if (!array.isArray() || array.isEmpty()) {
            problem("/items", "a list of answer columns, each {\"column\", \"item\", \"target\"}", array.isMissingNode() ? "" : array.toString());
            return items;
        }
        Map<String, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "/items/" + i;
            if (!array.get(i).isObject()) {
                problem(at, "an object {\"column\", \"item\", \"target\"}", array.get(i).toString());
                continue;
            }
            onlyFields(root, at, "column", "item", "target", "instrument", "values");
            Column column = column(root, at + "/column");
            String item = text(root, at + "/item");
            String target = array.get(i).has("target") ? text(root, at + "/target") : "";
            String instrument = array.get(i).has("instrument") ? text(root, at + "/instrument") : null;
            if (instrument == null && !instrumentField && !array.get(i).has("instrument")) {
                problem(at + "/instrument", "the instrument (e.g. rk@1), here or as fields.instrument for every column", "");
            }
            Values values = array.get(i).has("values") ? values(root, at + "/values") : null;
            if (column != null) {
                Integer earlier = firstUse.putIfAbsent(column.name(), i);
                if (earlier != null) {
                    problem(at + "/column", "each column once (already items[" + earlier + "])", column.name());
                    continue;
                }
            }
            if (column != null && item != null && target != null) {
                items.add(new ItemColumn(column, item, target, instrument, values));
            }
        }
        return items;
    }

    private Values values(JsonNode root, String at) {
        JsonNode node = root.at(at);
        if (!node.isObject() || node.isEmpty()) {
            problem(at, "an object from cell to meaning, e.g. {\"Skoler\": \"skole\", \"Ved ikke\": null}", node.toString());
            return null;
        }
        Map<String, String> meanings = new HashMap<>();
        int before = problems.size();
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode meaning = entry.getValue();
            if (meaning.isNull()) {
                meanings.put(entry.getKey(), "");
            } else if (meaning.isTextual() || meaning.isIntegralNumber()) {
                meanings.put(entry.getKey(), meaning.asText());
            } else {
                problem(at + "/" + escape(entry.getKey()), "a text, a whole number or null (missing)", meaning.toString());
            }
        }
        return problems.size() > before ? null : new Values(meanings, JsonLines.field(at));
    }

    private Column column(JsonNode root, String at) {
        String name = text(root, at);
        return name == null ? null : new Column(name, lines.line(at), JsonLines.field(at));
    }

    private String text(JsonNode root, String at) {
        JsonNode node = root.at(at);
        if (!node.isTextual()) {
            problem(at, "a text in quotes", node.isMissingNode() ? "" : node.toString());
            return null;
        }
        return node.asText();
    }

    private void onlyFields(JsonNode root, String at, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = root.at(at).fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(at + "/" + escape(name), "one of the fields " + String.join(", ", allowed), name);
            }
        }
    }

    private void problem(String pointer, String expected, String found) {
        problems.add(WideCsvResponses.MAPPING, lines == null ? 0 : lines.line(pointer), JsonLines.field(pointer), expected, found);
    }

    /** A JSON pointer step for a name that may hold '/' or '~'. */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
