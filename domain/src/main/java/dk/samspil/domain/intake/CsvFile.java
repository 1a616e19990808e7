package dk.samspil.domain.intake;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reads one of a bundle's CSV files with a fixed header, reporting what makes lines unreadable. */
final class CsvFile {

    /** A record and the line it starts on. */
    interface Rows {
        void accept(CSVRecord record, int line);
    }

    /** Reads one line into what it states; null when it states nothing that can be kept (its fields reported). */
    interface Line<T> {
        T read(CSVRecord row, Fields fields, int line);
    }

    /** A record and the line it starts on; says whether it counted as a row. */
    interface Records {
        boolean accept(CSVRecord record, int line);
    }

    /**
     * Hands on every record of a parser with the line it starts on (quoted fields may span lines),
     * stopping where the file cannot be read on (broken quoting, bytes that are not UTF-8), which is reported.
     *
     * @param firstLine the line of the parser's first record (2 after a header the format consumed)
     * @return how many records counted, or -1 when the file could not be read to its end
     */
    static int forEach(CSVParser parser, String file, long firstLine, ProblemReport problems, Records records) {
        int count = 0;
        long lineOfNext = firstLine;
        Iterator<CSVRecord> iterator = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!iterator.hasNext()) {
                    return count;
                }
                record = iterator.next();
            } catch (UncheckedIOException e) {
                LongCsvResponses.malformed(file, e.getCause(), lineOfNext, problems);
                return -1;
            }
            int line = (int) lineOfNext;
            lineOfNext = parser.getCurrentLineNumber() + 1;
            if (records.accept(record, line)) {
                count++;
            }
        }
    }

    private CsvFile() {
    }

    /** What the lines of a file the bundle may leave out state, in order, but for lines with a field reported. */
    static <T> List<T> lines(BundleSource bundle, String file, List<String> columns, ProblemReport problems, Line<T> reader)
            throws IOException {
        List<T> stated = new ArrayList<>();
        if (bundle.exists(file)) {
            read(bundle, file, columns, problems, (row, line) -> {
                Fields fields = new Fields(problems, file, line);
                T value = reader.read(row, fields, line);
                if (value != null && !fields.failed()) {
                    stated.add(value);
                }
            });
        }
        return stated;
    }

    /** @return the number of records handed on, or -1 when the file could not be read as the expected CSV */
    static int read(BundleSource bundle, String file, List<String> columns, ProblemReport problems, Rows rows) throws IOException {
        try (InputStream in = bundle.open(file);
             CSVParser parser = CSVParser.builder().setReader(LongCsvResponses.utf8(in)).setFormat(LongCsvResponses.FORMAT).get()) {
            List<String> names = parser.getHeaderNames();
            if (!names.equals(columns)) {
                problems.add(file, 1, "", "the header " + String.join(",", columns), String.join(",", names));
                return -1;
            }
            return forEach(parser, file, 2, problems, (record, line) -> {
                if (!record.isConsistent()) {
                    problems.add(file, line, "", columns.size() + " fields", record.size() + " fields");
                    return false;
                }
                rows.accept(record, line);
                return true;
            });
        } catch (IOException e) {
            LongCsvResponses.malformed(file, e, 0, problems);
            return -1;
        }
    }
}
