package dk.samspil.domain.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.samspil.domain.shared.DomainJson;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Where each value of a JSON document starts, so a problem can name its line. */
final class JsonLines {

    private final Map<String, Integer> lineByPointer;

    private JsonLines(Map<String, Integer> lineByPointer) {
        this.lineByPointer = lineByPointer;
    }

    /** Indexes a document that is known to parse. */
    static JsonLines of(byte[] json) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = DomainJson.mapper().getFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT) {
                    lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
                }
            }
        }
        return new JsonLines(lines);
    }

    /** The line of the value at a JSON pointer (e.g. /units/3/parent), or of its nearest enclosing value. */
    int line(String pointer) {
        for (String at = pointer; ; at = at.substring(0, at.lastIndexOf('/'))) {
            Integer line = lineByPointer.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 1;
            }
        }
    }

    /** /units/3/parent reads as units[3].parent. */
    static String field(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(part);
            }
        }
        return out.toString();
    }
}
