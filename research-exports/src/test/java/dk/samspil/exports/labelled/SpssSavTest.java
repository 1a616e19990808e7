package dk.samspil.exports.labelled;

import dk.samspil.exports.labelled.LabelledTable.Column;
import dk.samspil.exports.labelled.LabelledTable.Kind;
import dk.samspil.exports.labelled.LabelledTable.MissingCode;
import dk.samspil.exports.labelled.LabelledTable.ValueLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Writes .sav files and reads them back with R's haven (ReadStat), a reader written apart from this writer. */
class SpssSavTest {

    private static final String DANISH = "Æblegrød på Østerbro";
    // 300 bytes: 150 two-byte characters, so a character straddles the first segment's 255 bytes
    private static final String TEXT_300 = "ø".repeat(150);
    // 1000 bytes in 125 rounds of "aøb€c" (8 bytes), so characters straddle segment ends
    private static final String TEXT_1000 = "aøb€c".repeat(125);
    // 13 bytes, then 119 two-byte characters fill 251 bytes; the ellipsis's 3 bytes make 254 of the 255
    private static final String LONG_LABEL = "Løbenummer: " + "æ".repeat(200);
    private static final String CUT_LABEL = "Løbenummer: " + "æ".repeat(119) + "…";
    // 65 bytes; cut at 64 the last 'ø' (bytes 63-64) goes, and a space pads the 63 bytes left
    private static final String FILE_LABEL = "Samspil – eksport til forskere, bølge 3, med langt navn: " + "xøø";
    private static final String CUT_FILE_LABEL = "Samspil – eksport til forskere, bølge 3, med langt navn: xø";

    static LabelledTable table() {
        List<Column> columns = List.of(
                new Column("id", Kind.INTEGER, LONG_LABEL, List.of(), null, 0),
                new Column("group", Kind.CODED, "Gruppe", List.of(new ValueLabel(1, "Kontrol"), new ValueLabel(2, "Behandling"),
                        new ValueLabel(3, "Ærlig talt")), null, 0),
                new Column("answer", Kind.CODED, "Svar", List.of(new ValueLabel(1, "Ja"), new ValueLabel(2, "Nej")),
                        new MissingCode('a', -1, "Ved ikke"), 0),
                new Column("score", Kind.DOUBLE, "Score på skalaen", List.of(), new MissingCode('b', -9, "Ikke målt"), 0),
                new Column("born", Kind.DATE, "Fødselsdag", List.of(), null, 0),
                new Column("place", Kind.STRING, "Sted", List.of(), null, 30),
                new Column("comment_long_300", Kind.STRING, "Kommentar", List.of(), null, 300),
                new Column("comment_long_1000", Kind.STRING, "Lang kommentar", List.of(), null, 1000));
        return new LabelledTable(FILE_LABEL, 3, columns, LocalDateTime.of(2024, 2, 9, 7, 5, 3));
    }

    static List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{1L, 1, 1, 1.5, days(1980, 2, 29), DANISH, TEXT_300, TEXT_1000});
        rows.add(new Object[]{null, 2, null, null, null, null, null, null});
        rows.add(new Object[]{9_007_199_254_740_992L, null, 2, -1234.5678, days(1969, 12, 31), "x", "kort", "også kort"});
        return rows;
    }

    private static Integer days(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    static byte[] write(LabelledTable table, List<Object[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowSink sink = SpssSav.open(table, out)) {
            for (Object[] row : rows) {
                sink.row(row);
            }
        }
        return out.toByteArray();
    }

    @Test
    void the_same_table_is_written_to_the_same_bytes_with_the_header_stamped_from_the_table() throws IOException {
        byte[] first = write(table(), rows());
        assertThat(write(table(), rows())).isEqualTo(first);
        assertThat(new String(first, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("$FL2");
        // creation date and time follow the 4+60+5*4+8 bytes before them
        assertThat(new String(first, 92, 17, StandardCharsets.US_ASCII)).isEqualTo("09 Feb 2407:05:03");
        assertThat(new String(first, 109, 64, StandardCharsets.UTF_8)).isEqualTo(CUT_FILE_LABEL + " ");
    }

    @Test
    void the_cases_end_in_the_end_code_with_zeros_filling_its_command_block() throws IOException {
        List<Column> one = List.of(new Column("n", Kind.INTEGER, "n", List.of(), null, 0));
        byte[] empty = write(new LabelledTable("", 0, one, LocalDateTime.of(2024, 1, 1, 0, 0)), List.of());
        assertThat(Arrays.copyOfRange(empty, empty.length - 8, empty.length)).containsExactly(252, 0, 0, 0, 0, 0, 0, 0);
        // 5 is bytecode 105 (the bias is 100)
        byte[] five = write(new LabelledTable("", 1, one, LocalDateTime.of(2024, 1, 1, 0, 0)), List.<Object[]>of(new Object[]{5L}));
        assertThat(Arrays.copyOfRange(five, five.length - 8, five.length)).containsExactly(105, 252, 0, 0, 0, 0, 0, 0);
        // the dictionary's end, record type 999 and its filler, comes just before
        assertThat(Arrays.copyOfRange(five, five.length - 16, five.length - 8)).containsExactly(0xe7, 0x03, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void haven_reads_back_every_kind_with_its_labels_and_missing_values(@TempDir Path dir) throws Exception {
        Path sav = dir.resolve("table.sav");
        Files.write(sav, write(table(), rows()));
        Map<String, String> r = haven(dir, sav, """
                df <- haven::read_sav(args[1], user_na = TRUE)
                put("rows", nrow(df)); put("names", names(df)); put("file_label", attr(df, "label"))
                for (name in names(df)) {
                  x <- df[[name]]
                  put(paste0(name, ".label"), attr(x, "label"))
                  put(paste0(name, ".format"), attr(x, "format.spss"))
                  labels <- attr(x, "labels")
                  if (!is.null(labels)) put(paste0(name, ".labels"), paste0(sprintf("%.17g", unclass(labels)), "=", names(labels)))
                  if (!is.null(attr(x, "na_values"))) put(paste0(name, ".na_values"), sprintf("%.17g", attr(x, "na_values")))
                  v <- if (inherits(x, "Date")) as.character(x) else vctrs::vec_data(x)
                  put(paste0(name, ".values"), if (is.numeric(v)) sprintf("%.17g", v) else v)
                  if (!is.null(labels)) put(paste0(name, ".factor"), as.character(haven::as_factor(x, levels = "labels")))
                  put(paste0(name, ".is_na"), is.na(x))
                }
                """);

        assertThat(r.get("rows")).isEqualTo("3");
        assertThat(r.get("names")).isEqualTo("id|group|answer|score|born|place|comment_long_300|comment_long_1000");
        assertThat(r.get("file_label")).isEqualTo(CUT_FILE_LABEL);

        assertThat(r.get("id.label")).isEqualTo(CUT_LABEL);
        assertThat(CUT_LABEL.getBytes(StandardCharsets.UTF_8)).hasSize(254);
        assertThat(r.get("id.values")).isEqualTo("1|NA|9007199254740992");
        assertThat(r.get("id.format")).isEqualTo("F20.0");

        assertThat(r.get("group.label")).isEqualTo("Gruppe");
        assertThat(r.get("group.labels")).isEqualTo("1=Kontrol|2=Behandling|3=Ærlig talt");
        assertThat(r.get("group.factor")).isEqualTo("Kontrol|Behandling|NA");
        assertThat(r.get("group.values")).isEqualTo("1|2|NA");
        assertThat(r).doesNotContainKey("group.na_values");

        // the null is the user-missing -1, labelled, and R counts it missing
        assertThat(r.get("answer.labels")).isEqualTo("1=Ja|2=Nej|-1=Ved ikke");
        assertThat(r.get("answer.na_values")).isEqualTo("-1");
        assertThat(r.get("answer.values")).isEqualTo("1|-1|2");
        assertThat(r.get("answer.factor")).isEqualTo("Ja|Ved ikke|Nej");
        assertThat(r.get("answer.is_na")).isEqualTo("FALSE|TRUE|FALSE");

        // a measurement's only value label is its missing code's
        assertThat(r.get("score.label")).isEqualTo("Score på skalaen");
        assertThat(r.get("score.labels")).isEqualTo("-9=Ikke målt");
        assertThat(r.get("score.na_values")).isEqualTo("-9");
        assertThat(r.get("score.values")).isEqualTo("1.5|-9|-1234.5678");
        assertThat(r.get("score.is_na")).isEqualTo("FALSE|TRUE|FALSE");
        assertThat(r.get("score.format")).isEqualTo("F16.6");

        assertThat(r.get("born.label")).isEqualTo("Fødselsdag");
        assertThat(r.get("born.values")).isEqualTo("1980-02-29|NA|1969-12-31");
        assertThat(r.get("born.format")).isEqualTo("DATE11");

        // strings: a null is the empty string; the very long ones come back whole from their segments
        assertThat(r.get("place.values")).isEqualTo(DANISH + "||x");
        assertThat(r.get("place.label")).isEqualTo("Sted");
        assertThat(r.get("place.format")).isEqualTo("A30");
        assertThat(r.get("comment_long_300.values")).isEqualTo(TEXT_300 + "||kort");
        assertThat(r.get("comment_long_300.label")).isEqualTo("Kommentar");
        assertThat(r.get("comment_long_1000.values")).isEqualTo(TEXT_1000 + "||også kort");
        assertThat(r.get("comment_long_1000.label")).isEqualTo("Lang kommentar");
    }

    @Test
    void many_rows_stream_through_compression_blocks_that_span_cases(@TempDir Path dir) throws Exception {
        int n = 20_011;
        LabelledTable table = new LabelledTable("many", n, List.of(
                new Column("i", Kind.INTEGER, "i", List.of(), null, 0),
                new Column("half", Kind.DOUBLE, "i / 2", List.of(), null, 0),
                new Column("text", Kind.STRING, "text", List.of(), null, 12)), LocalDateTime.of(2024, 1, 1, 0, 0));
        Path sav = dir.resolve("many.sav");
        try (OutputStream out = Files.newOutputStream(sav); RowSink sink = SpssSav.open(table, out)) {
            for (long i = 0; i < n; i++) {
                // whole numbers inside and outside the bytecodes' -99..151, and strings of 0 to 12 bytes
                sink.row(new Object[]{i - 200, i % 7 == 0 ? null : (i - 200) / 2.0, "t".repeat((int) (i % 13))});
            }
        }
        Map<String, String> r = haven(dir, sav, """
                df <- haven::read_sav(args[1])
                put("rows", nrow(df)); put("sum_i", sprintf("%.17g", sum(df$i)))
                put("sum_half", sprintf("%.17g", sum(df$half, na.rm = TRUE))); put("na_half", sum(is.na(df$half)))
                put("chars", sum(nchar(df$text))); put("last", df$text[nrow(df)])
                """);
        long sumI = 0;
        double sumHalf = 0;
        long naHalf = 0;
        long chars = 0;
        for (long i = 0; i < n; i++) {
            sumI += i - 200;
            if (i % 7 == 0) {
                naHalf++;
            } else {
                sumHalf += (i - 200) / 2.0;
            }
            chars += i % 13;
        }
        assertThat(r.get("rows")).isEqualTo(Integer.toString(n));
        assertThat(r.get("sum_i")).isEqualTo(Long.toString(sumI));
        assertThat(Double.parseDouble(r.get("sum_half"))).isEqualTo(sumHalf);
        assertThat(r.get("na_half")).isEqualTo(Long.toString(naHalf));
        assertThat(r.get("chars")).isEqualTo(Long.toString(chars));
        assertThat(r.get("last")).isEqualTo("t".repeat((n - 1) % 13));
    }

    @Test
    void a_value_wider_than_its_column_is_refused_naming_column_and_row() {
        List<Object[]> rows = rows();
        rows.get(2)[5] = "x".repeat(31);
        assertThatThrownBy(() -> write(table(), rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'place'").hasMessageContaining("row 3");
    }

    @Test
    void a_value_equal_to_the_missing_code_is_refused() {
        List<Object[]> rows = rows();
        rows.get(0)[3] = -9.0;
        assertThatThrownBy(() -> write(table(), rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'score'").hasMessageContaining("row 1");
    }

    @Test
    void closing_after_fewer_rows_than_the_table_says_fails() {
        assertThatThrownBy(() -> write(table(), rows().subList(0, 2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("3 rows and was given 2");
    }

    @Test
    void a_string_wider_than_spss_holds_is_refused() {
        LabelledTable table = new LabelledTable("x", 0, List.of(new Column("t", Kind.STRING, "t", List.of(), null, 32768)),
                LocalDateTime.of(2024, 1, 1, 0, 0));
        assertThatThrownBy(() -> SpssSav.open(table, OutputStream.nullOutputStream())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t'");
    }

    /** Runs an R script on the file; the script's put(key, values) lines come back as key to values joined by '|'. */
    private static Map<String, String> haven(Path dir, Path sav, String body) throws Exception {
        assumeTrue(onPath("Rscript"), "Rscript is not installed");
        Path script = dir.resolve("read.R");
        Path result = dir.resolve("result.tsv");
        Files.writeString(script, """
                args <- commandArgs(trailingOnly = TRUE)
                out <- character()
                put <- function(key, values) out <<- c(out, paste0(key, "\\t", paste(ifelse(is.na(values), "NA", values), collapse = "|")))
                """ + body + """
                writeLines(enc2utf8(out), args[2], useBytes = TRUE)
                """);
        Process process = new ProcessBuilder("Rscript", script.toString(), sav.toString(), result.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("Rscript finished").isTrue();
        assertThat(process.exitValue()).as("Rscript's exit; it said:\n" + output).isZero();
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(result, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            values.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return values;
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
