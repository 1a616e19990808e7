package dk.samspil.domain.intake;

import java.util.Map;

/**
 * One item score as the long layout of responses.csv states it, from whichever file and layout
 * it was read (long CSV, .xlsx, or a wide survey export).
 *
 * @param file    the bundle file it came from, for messages
 * @param line    the line (or spreadsheet row) in that file
 * @param sources for fields read from a column not named like the field, the column as the user
 *                sees it (a wide export's own header, or "score (J)" in a spreadsheet), so messages
 *                point at what the user sees
 */
public record ResponseRow(String file, int line, String wave, String collectedOn, String respondent,
                          String respondentGroup, String respondentUnit, String instrument, String target,
                          String caseId, String item, String score, Map<String, String> sources) {

    public ResponseRow {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /** The name to give a field in a message: the source column when it differs, else the field itself. */
    String column(String field) {
        return sources.getOrDefault(field, field);
    }
}
