package dk.samspil.domain.intake;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * responses_wide.json as read: where each field of the long layout comes from in
 * responses_wide.csv, and which item and target each answer column holds.
 *
 * @param fields by long-layout name (wave, collected_on, ...); a field not mapped is empty in every row
 * @param items  the answer columns, in the order they were listed
 */
record WideMapping(char delimiter, Map<String, Field> fields, List<ItemColumn> items) {

    /** A column the mapping names, with where it names it (for a message when the CSV lacks it). */
    record Column(String name, int line, String at) {
    }

    /**
     * One field of the long layout: the same value in every row, or a column's cell.
     *
     * @param values translates the column's cells (labels or codes to keys), or null to take them as they are
     * @param format how collected_on dates are written, or null for ISO
     */
    record Field(String name, String fixed, Column column, Values values, DateTimeFormatter format, String formatText) {
    }

    /**
     * A column holding one item's answers about one target.
     *
     * @param target     group:&lt;key&gt;, or empty for non-relational instruments
     * @param instrument null when the instrument field says it
     * @param values     translates this column's cells; null falls back to the score field's values
     */
    record ItemColumn(Column column, String item, String target, String instrument, Values values) {
    }

    /**
     * A closed list of the cells a column may hold and what each stands for; an empty meaning is a
     * missing answer (or an empty field). An empty cell needs no entry: it stays empty.
     *
     * @param at where the list is in responses_wide.json, for messages
     */
    record Values(Map<String, String> meanings, String at) {

        Values {
            meanings = Map.copyOf(meanings);
        }

        /** The meaning of a cell, or null when the list does not have it. */
        String meaning(String cell) {
            return cell.isEmpty() ? "" : meanings.get(cell);
        }

        String expected() {
            return "a value listed in " + WideCsvResponses.MAPPING + " " + at + " ("
                    + String.join(", ", meanings.keySet().stream().sorted().toList()) + ")";
        }
    }
}
