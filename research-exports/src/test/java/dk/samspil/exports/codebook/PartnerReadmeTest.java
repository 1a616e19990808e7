package dk.samspil.exports.codebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerReadmeTest {

    private final String readme = new String(
            PartnerReadme.toBytes(CodebookFixtures.codebook(), CodebookFixtures.SUPPRESSED), StandardCharsets.UTF_8);

    @Test
    void has_a_danish_and_an_english_section() {
        assertThat(readme).contains("## Dansk\n").contains("## English\n");
        assertThat(readme.indexOf("## Dansk")).isLessThan(readme.indexOf("## English"));
    }

    @Test
    void names_every_file_with_its_rows_and_suppressed_count_in_both_languages() {
        for (String section : sections()) {
            for (TableDescription table : Columns.ALL) {
                Long suppressed = CodebookFixtures.SUPPRESSED.get(table.file());
                assertThat(section).contains("| `" + table.file() + "` | " + CodebookFixtures.ROWS.get(table.file()) + " | "
                        + (suppressed == null ? "–" : suppressed) + " |");
            }
            assertThat(section).contains("k = 5").contains("codebook.json").contains("codebook.xml").contains("network/");
        }
    }

    @Test
    void states_the_as_of_position_and_time_and_the_pseudonymisation() {
        for (String section : sections()) {
            assertThat(section).contains("**4711**").contains("2024-03-01T10:15:30Z").contains("HMAC-SHA256");
        }
        assertThat(readme).contains("alle eksporter til denne partner").contains("every export to this partner")
                .contains("andre partnere").contains("other partners");
    }

    @Test
    void shows_how_to_open_the_files_in_stata_spss_r_python_and_duckdb() {
        assertThat(readme).contains("read_parquet(\"responses.parquet\")").contains("pd.read_parquet")
                .contains("pq.read_table").contains("FROM read_parquet('responses.parquet')")
                .contains("use \"relation_cells.dta\"").contains("GET FILE='relation_cells.sav'.").contains("read_dta(\"relation_cells.dta\")").contains("GraphML, GEXF, Pajek, UCINET DL");
    }

    @Test
    void rejects_a_suppression_count_for_a_file_the_export_lacks() {
        assertThatThrownBy(() -> PartnerReadme.toBytes(CodebookFixtures.codebook(), Map.of("ghost.parquet", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost.parquet");
    }

    @Test
    void writing_twice_gives_identical_bytes_with_unix_line_ends(@TempDir Path a, @TempDir Path b) throws IOException {
        byte[] first = Files.readAllBytes(PartnerReadme.write(CodebookFixtures.codebook(), CodebookFixtures.SUPPRESSED, a));
        byte[] second = Files.readAllBytes(PartnerReadme.write(CodebookFixtures.codebook(), CodebookFixtures.SUPPRESSED, b));
        assertThat(first).isEqualTo(second);
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("```\n");
    }

    private String[] sections() {
        int english = readme.indexOf("## English");
        return new String[]{readme.substring(0, english), readme.substring(english)};
    }
}
