package dk.samspil.domain.intake;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.InstrumentRef;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Derives responses.xlsx and responses_wide.csv + responses_wide.json from a bundle's
 * responses.csv, the way a survey tool would export the same answers. Run by hand when a fixture
 * or a documented example changes; the tests read the committed files, not this class's output.
 *
 * <pre>java -cp ... dk.samspil.domain.intake.LayoutFixtureGenerator LONG_BUNDLE XLSX_BUNDLE WIDE_BUNDLE</pre>
 */
public final class LayoutFixtureGenerator {

    static final String MISSING_LABEL = "Ved ikke";
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private LayoutFixtureGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path long_ = Path.of(args[0]);
        Path xlsx = Path.of(args[1]);
        Path wide = Path.of(args[2]);
        List<List<String>> rows = longRows(long_.resolve("responses.csv"));
        JsonNode study = DomainJson.mapper().readTree(long_.resolve("study.json").toFile());
        for (Path dir : List.of(xlsx, wide)) {
            Files.createDirectories(dir);
            if (!Files.isSameFile(dir, long_)) {
                Files.copy(long_.resolve("study.json"), dir.resolve("study.json"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        writeXlsx(rows, xlsx.resolve("responses.xlsx"));
        writeWide(rows, study, wide);
    }

    /** The header and rows of a long responses.csv. */
    static List<List<String>> longRows(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180).get()) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    /** The long layout in a workbook: scores as numbers, collected_on as date cells shown the Danish way, empty cells left out. */
    static void writeXlsx(List<List<String>> rows, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Besvarelser");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            List<String> header = rows.getFirst();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < header.size(); c++) {
                    String text = rows.get(r).get(c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && header.get(c).equals("score")) {
                        row.createCell(c).setCellValue(Double.parseDouble(text));
                    } else if (r > 0 && header.get(c).equals("collected_on")) {
                        row.createCell(c).setCellValue(LocalDate.parse(text));
                        row.getCell(c).setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            workbook.write(out);
        }
    }

    /**
     * A SurveyXact-style export: one row per respondent and wave, labels for groups, units and
     * waves, "Ved ikke" for a missing answer, Danish dates, a Status column the mapping ignores,
     * and one invited respondent who never answered.
     */
    static void writeWide(List<List<String>> rows, JsonNode study, Path dir) throws IOException {
        List<String> header = rows.getFirst();
        Map<String, String> groupNames = names(study.get("groups"), "name");
        Map<String, String> unitNames = names(study.get("units"), "name");
        Map<String, String> waveNames = names(study.get("waves"), "label");
        Map<List<String>, String> columns = new LinkedHashMap<>();
        Map<List<String>, Integer> questions = new LinkedHashMap<>();
        Map<List<String>, Map<String, String>> respondents = new LinkedHashMap<>();
        for (List<String> values : rows.subList(1, rows.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), values.get(c));
            }
            List<String> block = List.of(row.get("instrument"), row.get("target"));
            int question = questions.computeIfAbsent(block, k -> questions.size() + 1);
            Instrument instrument = InstrumentCatalog.builtIn().get(InstrumentRef.parse(row.get("instrument")));
            List<String> column = List.of(row.get("instrument"), row.get("target"), row.get("item"));
            columns.computeIfAbsent(column, k -> header(question, instrument, row, groupNames));
            Map<String, String> wide = respondents.computeIfAbsent(List.of(row.get("respondent"), row.get("wave")), k -> new LinkedHashMap<>());
            putSame(wide, "Respondent", row.get("respondent"));
            putSame(wide, "Status", "Gennemført");
            putSame(wide, "Runde", waveNames.get(row.get("wave")));
            putSame(wide, "Besvaret", LocalDate.parse(row.get("collected_on")).format(DANISH_DATE));
            putSame(wide, "Faggruppe", row.get("respondent_group").isEmpty() ? "" : groupNames.get(row.get("respondent_group")));
            putSame(wide, "Enhed", unitNames.get(row.get("respondent_unit")));
            putSame(wide, "Sag", row.get("case"));
            wide.put(columns.get(column), row.get("score").isEmpty() ? MISSING_LABEL : row.get("score"));
        }
        List<String> fixed = List.of("Respondent", "Status", "Runde", "Besvaret", "Faggruppe", "Enhed", "Sag");
        List<String> wideHeader = new ArrayList<>(fixed);
        wideHeader.addAll(columns.values());
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(wideHeader);
            for (Map<String, String> respondent : respondents.values()) {
                printer.printRecord(wideHeader.stream().map(h -> respondent.getOrDefault(h, "")).toList());
            }
            Map<String, String> silent = new LinkedHashMap<>(Map.of("Respondent", "p-inviteret", "Status", "Ikke besvaret"));
            printer.printRecord(wideHeader.stream().map(h -> silent.getOrDefault(h, "")).toList());
        }
        Files.writeString(dir.resolve("responses_wide.csv"), csv.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("responses_wide.json"), mapping(columns, groupNames, unitNames, waveNames), StandardCharsets.UTF_8);
    }

    private static String header(int question, Instrument instrument, Map<String, String> row, Map<String, String> groupNames) {
        String label = instrument.items().stream().filter(i -> i.key().value().equals(row.get("item"))).findFirst().orElseThrow()
                .label().da();
        if (row.get("target").isEmpty()) {
            return "Q" + question + " " + label;
        }
        String group = groupNames.get(row.get("target").substring("group:".length()));
        return "Q" + question + " " + group + ": " + label.split(":")[0];
    }

    private static String mapping(Map<List<String>, String> columns, Map<String, String> groups, Map<String, String> units,
                                  Map<String, String> waves) throws IOException {
        StringBuilder out = new StringBuilder("{\n  \"fields\": {\n");
        out.append("    \"respondent\": {\"column\": \"Respondent\"},\n");
        out.append("    \"wave\": {\"column\": \"Runde\", \"values\": ").append(inverse(waves)).append("},\n");
        out.append("    \"collected_on\": {\"column\": \"Besvaret\", \"format\": \"dd-MM-yyyy\"},\n");
        out.append("    \"respondent_group\": {\"column\": \"Faggruppe\", \"values\": ").append(inverse(groups)).append("},\n");
        out.append("    \"respondent_unit\": {\"column\": \"Enhed\", \"values\": ").append(inverse(units)).append("},\n");
        out.append("    \"case\": {\"column\": \"Sag\"},\n");
        out.append("    \"score\": {\"values\": {\"1\": 1, \"2\": 2, \"3\": 3, \"4\": 4, \"5\": 5, ")
                .append(json(MISSING_LABEL)).append(": null}}\n");
        out.append("  },\n  \"items\": [\n");
        List<String> items = new ArrayList<>();
        columns.forEach((key, header) -> items.add("    {\"column\": " + json(header) + ", \"instrument\": " + json(key.get(0))
                + ", \"target\": " + json(key.get(1)) + ", \"item\": " + json(key.get(2)) + "}"));
        out.append(String.join(",\n", items)).append("\n  ]\n}\n");
        return out.toString();
    }

    private static String inverse(Map<String, String> keyToLabel) {
        List<String> pairs = new ArrayList<>();
        keyToLabel.forEach((key, label) -> pairs.add(json(label) + ": " + json(key)));
        return "{" + String.join(", ", pairs) + "}";
    }

    private static Map<String, String> names(JsonNode array, String field) {
        Map<String, String> names = new LinkedHashMap<>();
        array.forEach(node -> names.put(node.get("key").asText(), node.get(field).asText()));
        return names;
    }

    private static void putSame(Map<String, String> row, String column, String value) {
        String earlier = row.putIfAbsent(column, value);
        if (earlier != null && !Objects.equals(earlier, value)) {
            throw new IllegalArgumentException("one wide row cannot hold two values of " + column + ": " + earlier + " and " + value);
        }
    }

    private static String json(String text) {
        try {
            return DomainJson.mapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
