package dk.samspil.domain.intake;

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
import java.util.List;
import java.util.Map;

import static dk.samspil.domain.intake.BundleReaderTest.HEADER;
import static dk.samspil.domain.intake.BundleReaderTest.STUDY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ResponseLayoutsTest {

    @TempDir
    Path dir;

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
        List<Problem> problems = problemsOf(files(Map.of("study.json", STUDY, "responses.xlsx", xlsx(header(),
                new Object[]{"w0", LocalDate.of(2023, 1, 19), "p1", "skole", "d01", "rk@1", "group:familie", null, "samarbejde", 4.0},
                new Object[]{"w0", LocalDate.of(2023, 1, 19), "p1", "skole", "d01", "rk@1", "group:familie", null, "respekt", 4.5}))));
        assertThat(problems).singleElement().hasToString(
                "responses.xlsx row 3, column score (J): expected a whole number 1-5 or empty for don't know, found '4.5'");
    }

    @Test
    void xlsx_cell_that_is_no_text_number_or_date_is_reported_at_its_column() throws IOException {
        List<Problem> problems = problemsOf(files(Map.of("study.json", STUDY, "responses.xlsx", xlsx(header(),
                new Object[]{"w0", LocalDate.of(2023, 1, 19), true, "skole", "d01", "rk@1", "group:familie", null, "samarbejde", 4.0}))));
        assertThat(problems).singleElement().hasToString(
                "responses.xlsx row 2, column respondent (C): expected text, a number or a date, found 'the true/false value TRUE'");
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
    void two_response_files_in_one_bundle_are_one_problem() throws IOException {
        String row = "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n";
        assertThat(problemsOf(files(Map.of("study.json", STUDY, "responses.csv", HEADER + row, "responses.xlsx", xlsx(header())))))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("responses.xlsx");
                    assertThat(p.found()).isEqualTo("responses.csv and responses.xlsx");
                });
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

    private static List<Problem> problemsOf(Path bundle) {
        try (BundleSource source = BundleSource.open(bundle)) {
            BundleReader.read(source, ImportProgress.SILENT);
        } catch (BundleRejected e) {
            return e.report().problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the bundle was accepted");
    }
}
