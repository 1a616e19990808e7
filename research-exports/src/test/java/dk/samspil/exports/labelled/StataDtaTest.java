package dk.samspil.exports.labelled;

import dk.samspil.exports.labelled.LabelledTable.Column;
import dk.samspil.exports.labelled.LabelledTable.Kind;
import dk.samspil.exports.labelled.LabelledTable.MissingCode;
import dk.samspil.exports.labelled.LabelledTable.ValueLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The .dta writer read back by haven (ReadStat), a reader no one here wrote: values, labels and tagged missing values. */
class StataDtaTest {

    @TempDir
    Path dir;

    private static final String LONG = "lang note ".repeat(300).strip();

    static LabelledTable table() {
        return new LabelledTable("Prøvetabel", 3, List.of(
                new Column("band", Kind.CODED, "Farvebånd", List.of(new ValueLabel(1, "høj"), new ValueLabel(2, "mellem"),
                        new ValueLabel(3, "lav")), new MissingCode('s', -2, "undertrykt"), 1),
                new Column("mean", Kind.DOUBLE, "Gennemsnit", List.of(), new MissingCode('s', -2, "undertrykt"), 1),
                new Column("n", Kind.INTEGER, "Antal", List.of(), null, 1),
                new Column("ended_on", Kind.DATE, "Slutdato", List.of(), new MissingCode('r', -6, "stadig i gang"), 1),
                new Column("title", Kind.STRING, "Titel med et meget langt navn, der ikke kan stå i en Stata-variabels etiket på firs tegn",
                        List.of(), null, 25),
                new Column("note", Kind.STRING, "Note", List.of(), null, LONG.length())),
                LocalDateTime.of(2026, 3, 5, 14, 7));
    }

    static void rows(RowSink sink) throws Exception {
        sink.row(new Object[]{1, 4.25, 12L, (int) LocalDate.of(2024, 2, 29).toEpochDay(), "Æblegrød på Østerbro", "kort"});
        sink.row(new Object[]{null, null, 3L, null, null, null});
        sink.row(new Object[]{3, 2.0 / 3, -7L, (int) LocalDate.of(1959, 12, 31).toEpochDay(), "", LONG});
        sink.close();
    }

    @Test
    void haven_reads_values_labels_and_tagged_missing_values_back() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Rscript")), "R is installed by .ci/haven.sh");
        Path file = dir.resolve("t.dta");
        rows(StataDta.open(table(), file));
        Path script = dir.resolve("read.R");
        Files.writeString(script, """
                suppressPackageStartupMessages(library(haven))
                d <- read_dta(commandArgs(TRUE)[1])
                cat(attr(d, "label"), nrow(d), "\\n", sep = "|")
                cat(as.character(as_factor(d$band)), "\\n", sep = "|")
                cat(na_tag(d$band), "\\n", sep = "|")
                cat(sprintf("%.17g", unclass(d$mean)), na_tag(d$mean), "\\n", sep = "|")
                cat(d$n, "\\n", sep = "|")
                cat(format(d$ended_on), na_tag(unclass(d$ended_on)), "\\n", sep = "|")
                cat(d$title, nchar(d$note), "\\n", sep = "|")
                cat(attr(d$band, "label"), attr(d$title, "label"), "\\n", sep = "|")
                cat(names(attr(d$band, "labels")), "\\n", sep = "|")
                cat(names(attr(d$mean, "labels")), "\\n", sep = "|")
                """);
        Process r = new ProcessBuilder("Rscript", script.toString(), file.toString()).redirectErrorStream(true).start();
        assertThat(r.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(r.getInputStream().readAllBytes()).lines().toList();
        assertThat(r.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).containsExactly(
                "Prøvetabel|3|",
                "høj|undertrykt|lav|",
                "NA|s|NA|",
                "4.25|NA|0.66666666666666663|NA|s|NA|",
                "12|3|-7|",
                "2024-02-29|NA|1959-12-31|NA|r|NA|",
                "Æblegrød på Østerbro|||4|0|" + LONG.length() + "|",
                "Farvebånd|Titel med et meget langt navn, der ikke kan stå i en Stata-variabels etiket på…|",
                "høj|mellem|lav|undertrykt|",
                "undertrykt|");
    }

    @Test
    void the_same_table_is_the_same_bytes_and_a_value_too_wide_or_rows_miscounted_are_refused() throws Exception {
        rows(StataDta.open(table(), dir.resolve("a.dta")));
        rows(StataDta.open(table(), dir.resolve("b.dta")));
        assertThat(Files.readAllBytes(dir.resolve("a.dta"))).isEqualTo(Files.readAllBytes(dir.resolve("b.dta")));

        RowSink wide = StataDta.open(table(), dir.resolve("c.dta"));
        assertThatThrownBy(() -> wide.row(new Object[]{1, 1.0, 1L, 0, "x".repeat(26), ""}))
                .hasMessageContaining("title, row 1: 26 bytes, wider than the column's 25");
        RowSink few = StataDta.open(table(), dir.resolve("d.dta"));
        few.row(new Object[]{1, 1.0, 1L, 0, "", ""});
        assertThatThrownBy(few::close).hasMessageContaining("the table has 3 rows and was given 1");
    }
}
