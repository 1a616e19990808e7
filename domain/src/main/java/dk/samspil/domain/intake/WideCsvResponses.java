package dk.samspil.domain.intake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import java.io.IOException;
import java.io.InputStream;
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
        byte[] json = StudyJsonReader.readJson(bundle, MAPPING);
        Optional<WideMapping> mapping = WideMappingReader.read(json, problems);
        if (mapping.isEmpty()) {
            return 0;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(mapping.get().delimiter()).get();
        try (InputStream in = bundle.open(FILE);
             CSVParser parser = CSVParser.builder().setReader(LongCsvResponses.utf8(in)).setFormat(format).get()) {
            // the first record is the header; a header that does not fit the mapping ends the reading
            WideLayout[] layout = new WideLayout[1];
            boolean[] unfit = new boolean[1];
            int[] count = new int[1];
            CsvFile.forEach(parser, FILE, 1, problems, (record, line) -> {
                List<String> cells = record.toList();
                if (unfit[0]) {
                    return false;
                }
                if (layout[0] == null) {
                    Optional<WideLayout> fitted = WideLayout.fit(mapping.get(), cells, problems);
                    unfit[0] = fitted.isEmpty();
                    layout[0] = fitted.orElse(null);
                } else if (cells.size() != layout[0].width()) {
                    problems.add(FILE, line, "", layout[0].width() + " fields, as in the header", cells.size() + " fields");
                } else {
                    count[0] += layout[0].row(cells, line, problems, rows);
                }
                return true;
            });
            if (unfit[0]) {
                return 0;
            }
            if (layout[0] == null && problems.isEmpty()) {
                problems.add(FILE, 1, "", "a header row naming the columns", "an empty file");
            }
            return count[0];
        } catch (IOException e) {
            LongCsvResponses.malformed(FILE, e, 0, problems);
            return 0;
        }
    }
}
