package dk.samspil.domain.intake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * responses_wide.csv with its mapping responses_wide.json: a survey tool's export (SurveyXact and
 * the like), one row per respondent, one column per item and target, read as the long layout.
 */
final class WideCsvResponses implements ResponseSource {

    static final String FILE = "responses_wide.csv";
    static final String MAPPING = "responses_wide.json";

    @Override
    public String file() {
        return FILE;
    }

    /** Either file marks the layout, so a mapping without its export is reported rather than ignored. */
    @Override
    public boolean presentIn(BundleSource bundle) {
        return bundle.exists(FILE) || bundle.exists(MAPPING);
    }

    @Override
    public int read(BundleSource bundle, ProblemReport problems, Consumer<ResponseRow> rows) throws IOException {
        if (!bundle.exists(MAPPING) || !bundle.exists(FILE)) {
            boolean noMapping = !bundle.exists(MAPPING);
            problems.add(noMapping ? MAPPING : FILE, 0, "", noMapping
                    ? "a mapping " + MAPPING + " beside " + FILE + " (see docs/response-layouts.md)"
                    : "the export " + FILE + " beside its mapping " + MAPPING, "no such file");
            return 0;
        }
        byte[] json;
        try (InputStream in = bundle.open(MAPPING)) {
            json = in.readAllBytes();
        }
        Optional<WideMapping> mapping = WideMappingReader.read(json, problems);
        if (mapping.isEmpty()) {
            return 0;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(mapping.get().delimiter()).get();
        try (InputStream in = bundle.open(FILE);
             CSVParser parser = CSVParser.builder().setReader(LongCsvResponses.utf8(in)).setFormat(format).get()) {
            WideLayout layout = null;
            int header = 0;
            int count = 0;
            long lineOfNext = 1;
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    LongCsvResponses.malformed(FILE, e.getCause(), lineOfNext, problems);
                    break;
                }
                int line = (int) lineOfNext;
                lineOfNext = parser.getCurrentLineNumber() + 1;
                List<String> cells = record.toList();
                if (layout == null) {
                    header = cells.size();
                    Optional<WideLayout> fitted = WideLayout.fit(mapping.get(), cells, problems);
                    if (fitted.isEmpty()) {
                        return 0;
                    }
                    layout = fitted.get();
                } else if (cells.size() != header) {
                    problems.add(FILE, line, "", header + " fields, as in the header", cells.size() + " fields");
                } else {
                    count += layout.row(cells, line, problems, rows);
                }
            }
            if (layout == null && problems.isEmpty()) {
                problems.add(FILE, 1, "", "a header row naming the columns", "an empty file");
            }
            return count;
        } catch (IOException e) {
            LongCsvResponses.malformed(FILE, e, 0, problems);
            return 0;
        }
    }
}
