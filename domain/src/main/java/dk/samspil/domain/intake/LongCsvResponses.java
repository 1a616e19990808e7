package dk.samspil.domain.intake;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** responses.csv: the bundle format's long layout, one row per item score (RFC 4180, UTF-8). */
final class LongCsvResponses implements ResponseSource {

    static final String FILE = "responses.csv";
    static final List<String> COLUMNS = List.of("wave", "collected_on", "respondent", "respondent_group",
            "respondent_unit", "instrument", "target", "case", "item", "score");
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL) // header() reports duplicates with the rest
            .setAllowMissingColumnNames(true) // an empty name too: the parser would throw, not say which file and line
            .get();

    @Override
    public String file() {
        return FILE;
    }

    @Override
    public int read(BundleSource bundle, ProblemReport problems, Consumer<ResponseRow> rows) throws IOException {
        try (InputStream in = bundle.open(FILE); CSVParser parser = CSVParser.builder().setReader(utf8(in)).setFormat(FORMAT).get()) {
            if (!header(FILE, 1, parser.getHeaderNames(), problems)) {
                return 0;
            }
            int count = CsvFile.forEach(parser, FILE, 2, problems, (record, line) -> {
                if (!record.isConsistent()) {
                    problems.add(FILE, line, "", COLUMNS.size() + " fields", record.size() + " fields");
                    return false;
                }
                rows.accept(new ResponseRow(FILE, line, record.get("wave"), record.get("collected_on"), record.get("respondent"),
                        record.get("respondent_group"), record.get("respondent_unit"), record.get("instrument"),
                        record.get("target"), record.get("case"), record.get("item"), record.get("score"), Map.of()));
                return true;
            });
            return Math.max(count, 0);
        } catch (IOException e) {
            malformed(FILE, e, 0, problems);
            return 0;
        }
    }

    /** A UTF-8 reader that fails on bytes that are not UTF-8 (rather than replacing them) and skips a byte-order mark. */
    static Reader utf8(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(new Utf8Stream(raw), 1 << 16);
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Reports a file that cannot be read on as CSV: bad encoding or broken quoting. */
    static void malformed(String file, Throwable e, long line, ProblemReport problems) {
        if (e instanceof EntryRefused refused) {
            problems.add(refused.problem());
        } else if (e instanceof Utf8Stream.LineTooLong tooLong) {
            problems.add(file, tooLong.line, "", "lines of at most " + (Utf8Stream.MAX_LINE_BYTES >> 20) + " MiB", "a longer line");
        } else if (e instanceof Utf8Stream.NotUtf8 notUtf8) {
            problems.add(file, notUtf8.line, "", "UTF-8 text (save the file as UTF-8)",
                    String.format("byte 0x%02X, which is not UTF-8 (Latin-1 or Windows-1252?)", notUtf8.value));
        } else if (e instanceof CharacterCodingException) {
            problems.add(file, (int) line, "", "UTF-8 text (save the file as UTF-8)", "bytes that are not UTF-8 (Latin-1 or Windows-1252?)");
        } else {
            problems.add(file, (int) line, "", "well-formed CSV (RFC 4180 quoting: a quoted field ends with \" before the comma)",
                    e == null ? "broken quoting" : String.valueOf(e.getMessage()));
        }
    }

    /** Checks that a header names every column of the long layout once and nothing else. */
    static boolean header(String file, int line, List<String> names, ProblemReport problems) {
        List<String> missing = COLUMNS.stream().filter(c -> !names.contains(c)).toList();
        List<String> unknown = names.stream().filter(c -> !COLUMNS.contains(c)).toList();
        List<String> twice = names.stream().filter(c -> names.indexOf(c) != names.lastIndexOf(c)).distinct().toList();
        if (missing.isEmpty() && unknown.isEmpty() && twice.isEmpty()) {
            return true;
        }
        problems.add(file, line, "", "the header " + String.join(",", COLUMNS),
                String.join(",", names) + (missing.isEmpty() ? "" : " (missing " + String.join(", ", missing) + ")")
                        + (unknown.isEmpty() ? "" : " (unknown " + String.join(", ", unknown) + ")")
                        + (twice.isEmpty() ? "" : " (twice " + String.join(", ", twice) + ")"));
        return false;
    }
}
