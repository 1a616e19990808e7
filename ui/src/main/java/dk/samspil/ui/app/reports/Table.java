package dk.samspil.ui.app.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A report's rows, printed as an aligned text table or as CSV. */
public final class Table {

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public Table(String... columns) {
        this.columns = List.of(columns);
    }

    public Table row(Object... values) {
        rows.add(java.util.Arrays.asList(values));
        return this;
    }

    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(columns);
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public String text() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns);
        rows.forEach(row -> cells.add(row.stream().map(Table::show).toList()));
        int[] widths = new int[columns.size()];
        cells.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                out.append(String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String show(Object value) {
        if (value == null) {
            return "-";
        }
        return value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : value.toString();
    }
}
