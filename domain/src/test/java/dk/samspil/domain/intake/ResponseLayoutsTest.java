package dk.samspil.domain.intake;

import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.submission.AnswerSheet;
import dk.samspil.domain.submission.Submission;
import dk.samspil.domain.submission.TargetScores;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.samspil.domain.intake.BundleReaderTest.HEADER;
import static dk.samspil.domain.intake.BundleReaderTest.STUDY;
import static dk.samspil.domain.intake.Refusals.in;
import static dk.samspil.domain.intake.Refusals.problemsOf;
import static dk.samspil.domain.intake.Refusals.refusedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ResponseLayoutsTest {

    /** A small wide export for BundleReaderTest's study: two groups, one wave, rk@1 and citizen@1. */
    static final String WIDE = """
            Respondent,Faggruppe,Dato,Familie: Samarbejde,Familie: Respekt,Skoler: Samarbejde,Borger: c1
            p1,Skoler,2023-01-19,4,,5,
            p2,Familieafdelingen,2023-01-20,,,3,
            """;
    static final String MAPPING = """
            {
              "fields": {
                "wave": {"value": "w0"},
                "respondent": {"column": "Respondent"},
                "respondent_group": {"column": "Faggruppe", "values": {"Skoler": "skole", "1": "skole", "Familieafdelingen": "familie"}},
                "respondent_unit": {"value": "d01"},
                "collected_on": {"column": "Dato"}
              },
              "items": [
                {"column": "Familie: Samarbejde", "instrument": "rk@1", "target": "group:familie", "item": "samarbejde"},
                {"column": "Familie: Respekt", "instrument": "rk@1", "target": "group:familie", "item": "respekt"},
                {"column": "Skoler: Samarbejde", "instrument": "rk@1", "target": "group:skole", "item": "samarbejde"},
                {"column": "Borger: c1", "instrument": "citizen@1", "item": "c1"}
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void xlsx_and_wide_export_give_the_same_questionnaires_and_fingerprints_as_the_long_csv() throws Exception {
        Path mini = Path.of(getClass().getResource("mini").toURI());
        StudyBundle fromLong = read(bundle(mini, "responses.csv"));
        StudyBundle fromXlsx = read(bundle(mini, "responses.xlsx"));
        StudyBundle fromWide = read(bundle(mini, "responses_wide.csv", "responses_wide.json"));

        assertThat(fromLong.submissions()).hasSize(10);
        assertThat(fromLong.submissions()).flatExtracting(SubmissionDraft::rows).flatExtracting(r -> r.scores().values())
                .containsNull();
        assertThat(fromXlsx.submissions()).extracting(SubmissionDraft::file).containsOnly("responses.xlsx");
        assertThat(fromWide.submissions()).extracting(SubmissionDraft::file).containsOnly("responses_wide.csv");
        assertThat(normalised(fromXlsx)).isEqualTo(normalised(fromLong));
        assertThat(normalised(fromWide)).isEqualTo(normalised(fromLong));
        assertThat(fingerprinted(fromXlsx)).isEqualTo(fingerprinted(fromLong));
        assertThat(fingerprinted(fromWide)).isEqualTo(fingerprinted(fromLong));
    }

    @Test
    void documented_examples_read_as_the_same_questionnaires_in_all_three_layouts() throws IOException {
        Path examples = Path.of(System.getProperty("basedir", "."), "..", "docs", "examples");
        StudyBundle fromLong = read(examples.resolve("long"));
        assertThat(fromLong.submissions()).isNotEmpty();
        for (String layout : List.of("xlsx", "wide")) {
            assertThat(Files.readString(examples.resolve(layout).resolve("study.json")))
                    .isEqualTo(Files.readString(examples.resolve("long").resolve("study.json")));
            StudyBundle other = read(examples.resolve(layout));
            assertThat(normalised(other)).as(layout).isEqualTo(normalised(fromLong));
            assertThat(fingerprinted(other)).as(layout).isEqualTo(fingerprinted(fromLong));
        }
    }

    @Test
    void xlsx_cells_become_the_text_the_csv_would_hold() throws IOException {
        List<ResponseRow> rows = new ArrayList<>();
        ProblemReport problems = new ProblemReport();
        Path bundle = files(Map.of("responses.xlsx", xlsx(
                header(),
                new Object[]{"w0", LocalDate.of(2023, 1, 19), " p1", "skole", "d01", "rk@1", "group:familie", null, "samarbejde", 4.0},
                new Object[]{"w0", "2023-01-19", "p1", "skole", "d01", "rk@1", "group:familie", null, "respekt", 4.5},
                new Object[]{},
                new Object[]{"w0", LocalDate.of(2023, 1, 19), 12345.0, "skole", "d01", "rk@1", "group:skole", null, "respekt", null})));
        try (BundleSource source = BundleSource.open(bundle)) {
            assertThat(new XlsxResponses().read(source, problems, rows::add)).isEqualTo(3);
        }
        assertThat(problems.problems()).isEmpty();
        assertThat(rows).extracting(ResponseRow::line, ResponseRow::collectedOn, ResponseRow::respondent, ResponseRow::caseId, ResponseRow::score)
                .containsExactly(tuple(2, "2023-01-19", " p1", "", "4"), tuple(3, "2023-01-19", "p1", "", "4.5"),
                        tuple(5, "2023-01-19", "12345", "", ""));
    }

    @Test
    void xlsx_bad_score_names_the_file_the_row_and_the_score_column() throws IOException {
        refusedFor(files(Map.of("study.json", STUDY, "responses.xlsx", xlsx(header(),
                new Object[]{"w0", LocalDate.of(2023, 1, 19), "p1", "skole", "d01", "rk@1", "group:familie", null, "samarbejde", 4.0},
                new Object[]{"w0", LocalDate.of(2023, 1, 19), "p1", "skole", "d01", "rk@1", "group:familie", null, "respekt", 4.5}))),
                "responses.xlsx row 3, column score (J): expected a whole number 1-5 or empty for don't know, found '4.5'");
    }

    @Test
    void xlsx_cell_that_is_no_text_number_or_date_is_reported_at_its_column() throws IOException {
        refusedFor(files(Map.of("study.json", STUDY, "responses.xlsx", xlsx(header(),
                new Object[]{"w0", LocalDate.of(2023, 1, 19), true, "skole", "d01", "rk@1", "group:familie", null, "samarbejde", 4.0}))),
                "responses.xlsx row 2, column respondent (C): expected text, a number or a date, found 'the true/false value TRUE'");
    }

    @Test
    void xlsx_value_in_a_column_without_a_header_is_reported_not_dropped() throws IOException {
        refusedFor(files(Map.of("study.json", STUDY, "responses.xlsx", xlsx(header(),
                new Object[]{"w0", LocalDate.of(2023, 1, 19), "p1", "skole", "d01", "rk@1", "group:familie", null, "samarbejde", 4.0, null, "husk"}))),
                "responses.xlsx row 2, column L: expected nothing in a column without a name in the header, found 'husk'");
    }

    @Test
    void xlsx_with_a_wrong_header_or_that_is_no_workbook_is_reported() throws IOException {
        Object[] header = header();
        header[3] = "group";
        assertThat(problemsOf(files(Map.of("study.json", STUDY, "responses.xlsx", xlsx(header)))))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("responses.xlsx");
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.found()).endsWith("(missing respondent_group) (unknown group)");
                });
        assertThat(problemsOf(files(Map.of("study.json", STUDY, "responses.xlsx", HEADER))))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("responses.xlsx");
                    assertThat(p.expected()).isEqualTo("an Excel workbook (.xlsx) without a password");
                });
    }

    @Test
    void wide_row_gives_one_long_row_per_answer_column_of_each_target_it_answered() throws IOException {
        StudyBundle bundle = read(wide(WIDE + "c1,,2023-01-20,,,,3\n", MAPPING));
        assertThat(bundle.submissions()).extracting(d -> d.respondent().value(), d -> d.instrument().toString(), d -> d.line())
                .containsExactly(tuple("p1", "rk@1", 2), tuple("p2", "rk@1", 3), tuple("c1", "citizen@1", 4));
        SubmissionDraft p1 = bundle.submissions().getFirst();
        assertThat(p1.rows()).extracting(r -> r.target().toString()).containsExactly("group:familie", "group:skole");
        Map<ItemKey, Integer> familie = new LinkedHashMap<>(p1.rows().getFirst().scores());
        assertThat(familie).containsEntry(ItemKey.of("samarbejde"), 4).containsEntry(ItemKey.of("respekt"), null);
        // p2 left the familie columns empty: not rated, so no rows (not two missing answers)
        assertThat(bundle.submissions().get(1).rows()).extracting(r -> r.target().toString()).containsExactly("group:skole");
    }

    @Test
    void wide_row_with_no_answers_is_skipped_and_values_listed_as_null_are_missing_answers() throws IOException {
        String mapping = MAPPING.replace("\"collected_on\": {\"column\": \"Dato\"}",
                "\"collected_on\": {\"column\": \"Dato\"},\n    \"score\": {\"values\": {\"3\": 3, \"4\": 4, \"5\": 5, \"Ved ikke\": null}}");
        StudyBundle bundle = read(wide(WIDE.replace("p2,Familieafdelingen,2023-01-20,,,3,", "p2,1,2023-01-20,Ved ikke,Ved ikke,,")
                + "p3,,,,,,\n", mapping));
        assertThat(bundle.submissions()).extracting(d -> d.respondent().value()).containsExactly("p1", "p2");
        SubmissionDraft p2 = bundle.submissions().get(1);
        assertThat(p2.group().value()).isEqualTo("skole");
        assertThat(p2.rows()).singleElement().satisfies(r -> {
            assertThat(r.target().id()).isEqualTo("familie");
            assertThat(new LinkedHashMap<>(r.scores())).containsEntry(ItemKey.of("samarbejde"), null).containsEntry(ItemKey.of("respekt"), null);
        });
    }

    @Test
    void wide_fixed_instrument_date_format_and_semicolons_come_from_the_mapping() throws IOException {
        String mapping = """
                {
                  "delimiter": ";",
                  "fields": {
                    "wave": {"value": "w0"},
                    "instrument": {"value": "rk@1"},
                    "respondent": {"column": "Id"},
                    "respondent_group": {"column": "Gruppe"},
                    "respondent_unit": {"value": "d01"},
                    "collected_on": {"column": "Tid", "format": "dd.MM.yyyy HH:mm"}
                  },
                  "items": [{"column": "Skole; samarbejde", "target": "group:skole", "item": "samarbejde"}]
                }
                """;
        StudyBundle bundle = read(wide("Id;Gruppe;Tid;\"Skole; samarbejde\"\np1;familie;19.01.2023 10:32;2\n", mapping));
        assertThat(bundle.submissions()).singleElement().satisfies(d -> {
            assertThat(d.instrument().toString()).isEqualTo("rk@1");
            assertThat(d.collectedOn()).isEqualTo(LocalDate.of(2023, 1, 19));
            assertThat(d.rows()).singleElement().extracting(TargetScores::scores).isEqualTo(Map.of(ItemKey.of("samarbejde"), 2));
        });
    }

    @Test
    void wide_bad_score_names_the_file_the_line_and_the_columns_own_header() throws IOException {
        refusedFor(wide(WIDE.replace("p2,Familieafdelingen,2023-01-20,,,3,", "p2,Familieafdelingen,2023-01-20,,,7,"), MAPPING),
                "responses_wide.csv line 3, column Skoler: Samarbejde: expected a score on rk@1's scale 1-5 or empty for don't know, found '7'");
    }

    @Test
    void wide_group_value_missing_from_the_mapping_is_reported_at_its_line_and_column() throws IOException {
        refusedFor(wide(WIDE.replace("p2,Familieafdelingen", "p2,Familien"), MAPPING),
                "responses_wide.csv line 3, column Faggruppe: expected a value listed in "
                        + "responses_wide.json fields.respondent_group.values (1, Familieafdelingen, Skoler), found 'Familien'");
    }

    @Test
    void wide_mapping_naming_a_column_the_export_lacks_is_reported_with_line_and_field() throws IOException {
        refusedFor(wide(WIDE, MAPPING.replace("{\"column\": \"Familie: Respekt\"", "{\"column\": \"familie: respekt \"")),
                "responses_wide.json line 11, field items[1].column: expected a column in "
                        + "the header of responses_wide.csv; the header has 'Familie: Respekt', found 'familie: respekt '");
    }

    @Test
    void wide_mapping_that_is_broken_or_misshapen_is_reported_with_line_and_field() throws IOException {
        assertThat(problemsOf(wide(WIDE, MAPPING.replace("\"item\": \"respekt\"}", "\"item\": \"respekt\"")))).singleElement()
                .satisfies(in("responses_wide.json", 12)).extracting(Problem::expected).isEqualTo("well-formed JSON");
        assertThat(problemsOf(wide(WIDE, MAPPING.replace("{\"column\": \"Borger: c1\", \"instrument\": \"citizen@1\", ", "{\"column\": \"Borger: c1\", ")
                        .replace("\"wave\": {\"value\": \"w0\"}", "\"wave\": {\"value\": \"w0\", \"column\": \"Runde\"}"))))
                .extracting(Problem::file, Problem::line, Problem::field)
                .containsExactly(tuple("responses_wide.json", 3, "fields.wave"), tuple("responses_wide.json", 13, "items[3].instrument"));
    }

    @Test
    void wide_export_without_its_mapping_is_reported() throws IOException {
        assertThat(problemsOf(files(Map.of("study.json", STUDY, "responses_wide.csv", WIDE)))).singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("responses_wide.json");
                    assertThat(p.found()).isEqualTo("no such file");
                });
    }

    @Test
    void two_response_files_in_one_bundle_are_one_problem() throws IOException {
        String row = "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n";
        assertThat(problemsOf(files(Map.of("study.json", STUDY, "responses.csv", HEADER + row, "responses.xlsx", xlsx(header())))))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("responses.xlsx");
                    assertThat(p.found()).isEqualTo("responses.csv and responses.xlsx");
                });
        assertThat(problemsOf(files(Map.of("study.json", STUDY, "responses.csv", HEADER + row, "responses_wide.json", MAPPING))))
                .singleElement().satisfies(p -> assertThat(p.found()).isEqualTo("responses.csv and responses_wide.csv"));
    }

    private static List<SubmissionDraft> normalised(StudyBundle bundle) {
        return bundle.submissions().stream().map(d -> new SubmissionDraft(d.respondent(), d.wave(), d.instrument(), d.group(),
                d.unit(), d.collectedOn(), d.rows(), "", 0)).toList();
    }

    /** What the Submission aggregate fingerprints: the sheet's bytes and the date. */
    private static List<String> fingerprinted(StudyBundle bundle) {
        return bundle.submissions().stream().map(d -> new String(Submission.sheetBytes(
                new AnswerSheet(d.respondent(), d.group(), d.unit(), d.rows())), StandardCharsets.UTF_8) + "|" + d.collectedOn()).toList();
    }

    private Path bundle(Path from, String... responseFiles) throws IOException {
        Path bundle = Files.createTempDirectory(dir, "bundle");
        Files.copy(from.resolve("study.json"), bundle.resolve("study.json"));
        for (String file : responseFiles) {
            Files.copy(from.resolve(file), bundle.resolve(file));
        }
        return bundle;
    }

    /** A bundle of the study, a wide export and its mapping. */
    private Path wide(String export, String mapping) throws IOException {
        return files(Map.of("study.json", STUDY, "responses_wide.csv", export, "responses_wide.json", mapping));
    }

    private Path files(Map<String, Object> files) throws IOException {
        Path bundle = Files.createTempDirectory(dir, "bundle");
        for (Map.Entry<String, Object> file : files.entrySet()) {
            byte[] bytes = file.getValue() instanceof byte[] b ? b : ((String) file.getValue()).getBytes(StandardCharsets.UTF_8);
            Files.write(bundle.resolve(file.getKey()), bytes);
        }
        return bundle;
    }

    private static Object[] header() {
        return LongCsvResponses.COLUMNS.toArray();
    }

    /** A one-sheet workbook: String, Double, Boolean and LocalDate (shown dd-mm-yyyy) cells; null leaves no cell. */
    private static byte[] xlsx(Object[]... rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    switch (rows[r][c]) {
                        case null -> {
                        }
                        case String text -> row.createCell(c).setCellValue(text);
                        case Double number -> row.createCell(c).setCellValue(number);
                        case Boolean flag -> row.createCell(c).setCellValue(flag);
                        case LocalDate day -> {
                            row.createCell(c).setCellValue(day);
                            row.getCell(c).setCellStyle(date);
                        }
                        default -> throw new IllegalArgumentException(String.valueOf(rows[r][c]));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StudyBundle read(Path bundle) throws IOException {
        try (BundleSource source = BundleSource.open(bundle)) {
            return BundleReader.read(source, ImportProgress.SILENT);
        }
    }
}
