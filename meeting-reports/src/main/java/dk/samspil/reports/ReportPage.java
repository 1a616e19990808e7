package dk.samspil.reports;

import java.util.List;
import java.util.Optional;

/**
 * One page (or slide): a heading, a chart drawn as vectors, the numbers as a table and short notes.
 *
 * @param drawing empty for a page of text and table only
 * @param table   empty for a page without numbers beside its chart
 */
public record ReportPage(String heading, Optional<Drawing> drawing, Optional<Table> table, List<String> notes) {

    public ReportPage {
        notes = List.copyOf(notes);
    }

    /** Rows of text under their headers; {@code widths} are the columns' shares of the table's width. */
    public record Table(List<String> headers, List<List<String>> rows, List<Double> widths) {

        public Table {
            int columns = headers.size();
            if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("a table's rows and widths have one entry per header (" + columns + ")");
            }
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
        }
    }
}
