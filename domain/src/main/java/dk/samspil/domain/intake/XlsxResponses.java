package dk.samspil.domain.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * responses.xlsx: the long layout in a workbook's first sheet, with the header and columns of
 * responses.csv. Cells become the text the CSV would hold; nothing is trimmed or rounded, so the
 * checker sees (and reports) what the user typed.
 */
final class XlsxResponses implements ResponseSource {

    static final String FILE = "responses.xlsx";

    @Override
    public String file() {
        return FILE;
    }

    @Override
    public int read(BundleSource bundle, ProblemReport problems, Consumer<ResponseRow> rows) throws IOException {
        // POI reads a package from a file through random access; from a stream it would hold every part in memory
        Path copy = Files.createTempFile("samspil-responses-", ".xlsx");
        try {
            try (InputStream in = bundle.open(FILE)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            Sheet sheet = new Sheet(problems, rows);
            XlsxSheet.read(copy, sheet::row);
            if (sheet.columns == null && problems.isEmpty()) {
                problems.add(FILE, 1, "", "the header " + String.join(",", LongCsvResponses.COLUMNS) + " in the first sheet", "an empty sheet");
            }
            return sheet.count;
        } catch (XlsxSheet.Unreadable e) {
            problems.add(FILE, 0, "", "an Excel workbook (.xlsx) without a password", e.getMessage());
            return 0;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** The rows of the first sheet: a header, then one response row per spreadsheet row. */
    private static final class Sheet {
        private final ProblemReport problems;
        private final Consumer<ResponseRow> rows;
        private int[] columns;
        private List<String> names;
        private Map<String, String> sources;
        private int count;

        Sheet(ProblemReport problems, Consumer<ResponseRow> rows) {
            this.problems = problems;
            this.rows = rows;
        }

        boolean row(XlsxSheet.Row row) {
            if (row.blank()) {
                return true;
            }
            return columns == null ? header(row) : data(row);
        }

        private boolean header(XlsxSheet.Row row) {
            List<String> found = new ArrayList<>();
            names = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                names.add(row.cell(i));
                if (!row.cell(i).isEmpty()) {
                    found.add(row.cell(i));
                }
            }
            if (!LongCsvResponses.header(FILE, row.number(), found, problems)) {
                return false;
            }
            columns = new int[LongCsvResponses.COLUMNS.size()];
            Map<String, String> at = new HashMap<>();
            for (int field = 0; field < columns.length; field++) {
                String name = LongCsvResponses.COLUMNS.get(field);
                columns[field] = names.indexOf(name);
                at.put(name, name + " (" + XlsxSheet.letter(columns[field]) + ")");
            }
            sources = Map.copyOf(at);
            return true;
        }

        private boolean data(XlsxSheet.Row row) {
            int before = problems.size();
            for (int i = 0; i < row.width(); i++) {
                boolean named = i < names.size() && !names.get(i).isEmpty();
                String odd = row.unreadable().get(i);
                if (!named && (odd != null || !row.cell(i).isEmpty())) {
                    problems.add(FILE, row.number(), XlsxSheet.letter(i), "nothing in a column without a name in the header",
                            odd != null ? odd : row.cell(i));
                } else if (named && odd != null) {
                    problems.add(FILE, row.number(), sources.get(names.get(i)), "text, a number or a date", odd);
                }
            }
            if (problems.size() > before) {
                return true;
            }
            rows.accept(new ResponseRow(FILE, row.number(), cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3),
                    cell(row, 4), cell(row, 5), cell(row, 6), cell(row, 7), cell(row, 8), cell(row, 9), sources));
            count++;
            return true;
        }

        /** The cell of the long layout's n-th column (in {@link LongCsvResponses#COLUMNS} order). */
        private String cell(XlsxSheet.Row row, int field) {
            return row.cell(columns[field]);
        }
    }
}
