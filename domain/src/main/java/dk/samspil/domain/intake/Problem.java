package dk.samspil.domain.intake;

/**
 * One thing wrong with a bundle, precise enough to fix without guessing.
 *
 * @param file     path inside the bundle (e.g. responses.csv)
 * @param line     1-based line (the row number in a spreadsheet), or 0 when the problem is not on one line
 * @param field    column or JSON field (e.g. score, units[2].parent), or empty
 * @param expected what was expected there
 * @param found    what was found ("" for nothing)
 */
public record Problem(String file, int line, String field, String expected, String found) {

    /** Longer findings are cut, so a multi-megabyte cell does not become a multi-megabyte message. */
    static final int FOUND_SHOWN = 160;

    public Problem {
        field = field == null ? "" : field;
        found = found == null ? "" : abbreviate(found);
    }

    private static String abbreviate(String found) {
        if (found.length() <= FOUND_SHOWN + 40) {
            return found;
        }
        int cut = Character.isHighSurrogate(found.charAt(FOUND_SHOWN - 1)) ? FOUND_SHOWN - 1 : FOUND_SHOWN;
        return found.substring(0, cut) + "... (" + found.length() + " characters)";
    }

    /** Problems of one kind share file, field and expectation. */
    String kind() {
        return file + "\u0000" + field + "\u0000" + expected;
    }

    public String where() {
        StringBuilder at = new StringBuilder(file);
        boolean sheet = file.endsWith(".xlsx");
        if (line > 0) {
            at.append(sheet ? " row " : " line ").append(line);
        }
        if (!field.isEmpty()) {
            at.append(", ").append(file.endsWith(".csv") || sheet ? "column " : "field ").append(field);
        }
        return at.toString();
    }

    @Override
    public String toString() {
        return where() + ": expected " + expected + ", found " + (found.isEmpty() ? "nothing" : "'" + found + "'");
    }
}
