package dk.samspil.exports.codebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.instrument.Item;
import dk.samspil.domain.shared.InstrumentRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodebookJsonTest {

    private final JsonNode json = read(CodebookJson.toBytes(CodebookFixtures.codebook()));

    @Test
    void lists_every_column_of_every_file_with_its_parquet_type() {
        assertThat(json.get("files")).hasSize(Columns.ALL.size());
        for (TableDescription table : Columns.ALL) {
            JsonNode file = fileNamed(table.file());
            assertThat(file.get("rows").asLong()).isEqualTo(CodebookFixtures.ROWS.get(table.file()));
            List<String> written = new ArrayList<>();
            file.get("columns").forEach(c -> written.add(c.get("name").asText() + " " + c.get("type").asText()));
            assertThat(written).containsExactlyElementsOf(
                    table.columns().stream().map(c -> c.name() + " " + c.type()).toList());
        }
    }

    @Test
    void responses_columns_are_the_ones_export_responses_sql_selects() {
        assertThat(Columns.RESPONSES.columns().stream().map(ColumnDescription::name)).containsExactly(
                "study", "wave", "instrument", "respondent", "respondent_group", "respondent_unit", "collected_on",
                "target_kind", "target", "case", "item", "answer", "score", "recorded_position");
        assertThat(Columns.RELATION_CELLS.columns().stream().map(ColumnDescription::name)).containsExactly(
                "wave", "instrument", "rater_group", "target_group", "mean", "n", "band", "suppressed", "k");
    }

    @Test
    void every_column_says_what_it_means_in_danish_and_english_and_what_null_means_where_it_can_be_null() {
        JsonNode score = column("responses.parquet", "score");
        assertThat(score.get("meaning").get("da").asText()).contains("omkodning");
        assertThat(score.get("meaning").get("en").asText()).contains("recode");
        assertThat(score.get("missing").get("code").asText()).isEqualTo("null");
        assertThat(score.get("missing").get("meaning").get("en").asText()).contains("don't know / not relevant");
        assertThat(column("relation_cells.parquet", "band").get("values")).extracting(v -> v.get("value").asText())
                .containsExactly("high", "middle", "low");
        assertThat(column("citizen_outcomes.parquet", "month").get("type").asText()).isEqualTo("DATE");
        for (JsonNode file : json.get("files")) {
            for (JsonNode c : file.get("columns")) {
                assertThat(c.get("meaning").get("da").asText()).as(c.get("name").asText()).isNotBlank();
                assertThat(c.get("meaning").get("en").asText()).as(c.get("name").asText()).isNotBlank();
                assertThat(c.has("unit") && c.has("range") && c.has("missing")).as("stable shape").isTrue();
            }
        }
    }

    @Test
    void a_null_of_a_number_date_or_code_has_a_stata_missing_code_and_of_text_none_once_groups_and_units_are_coded() {
        List<TableDescription> tables = StudyCodes.apply(Columns.ALL, List.of(StudyCodes.named("skole", "Skoler")),
                List.of(StudyCodes.named("nord", "Distrikt Nord")));
        for (TableDescription table : tables) {
            for (ColumnDescription c : table.columns()) {
                if (c.missing() != null) {
                    boolean text = c.type() == ColumnType.VARCHAR && c.values().isEmpty();
                    assertThat(c.missing().stata() == null).as("%s %s", table.file(), c.name()).isEqualTo(text);
                    assertThat(c.missing().spss() == null).as("%s %s", table.file(), c.name()).isEqualTo(text || c.type() == ColumnType.DATE);
                }
            }
        }
        ColumnDescription group = tables.getFirst().column("respondent_group").orElseThrow();
        assertThat(group.values()).extracting(Code::value).containsExactly("skole");
        assertThat(group.missing().stata()).isEqualTo(".c");
        assertThat(group.missing().spss()).isEqualTo(-4);
    }

    @Test
    void lists_the_instrument_versions_with_every_item_label_in_danish_and_english() {
        assertThat(json.get("instruments")).extracting(i -> i.get("ref").asText()).containsExactly("rk@1", "rc@1", "citizen@1");
        JsonNode rk = json.get("instruments").get(0);
        assertThat(rk.get("scale").get("min").asInt()).isEqualTo(1);
        assertThat(rk.get("scale").get("max").asInt()).isEqualTo(5);
        List<Item> items = InstrumentCatalog.builtIn().get(InstrumentRef.parse("rk@1")).items();
        assertThat(rk.get("items")).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = rk.get("items").get(i);
            assertThat(item.get("key").asText()).isEqualTo(items.get(i).key().value());
            assertThat(item.get("label").get("da").asText()).isEqualTo(items.get(i).label().da());
            assertThat(item.get("label").get("en").asText()).isEqualTo(items.get(i).label().en());
        }
        JsonNode frequency = json.get("instruments").get(1).get("items").get(0);
        assertThat(frequency.get("recode").get("3").asInt()).isEqualTo(5);
    }

    @Test
    void writing_twice_gives_identical_bytes_with_unix_line_ends(@TempDir Path a, @TempDir Path b) throws IOException {
        byte[] first = Files.readAllBytes(CodebookJson.write(CodebookFixtures.codebook(), a));
        byte[] second = Files.readAllBytes(CodebookJson.write(CodebookFixtures.codebook(), b));
        assertThat(first).isEqualTo(second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("}\n").contains("Tidlig indsats for udsatte børn og unge");
        assertThat(text.indexOf("\"format\"")).isLessThan(text.indexOf("\"study\""));
        assertThat(text.indexOf("\"files\"")).isLessThan(text.indexOf("\"instruments\""));
    }

    private JsonNode fileNamed(String name) {
        for (JsonNode file : json.get("files")) {
            if (file.get("file").asText().equals(name)) {
                return file;
            }
        }
        throw new AssertionError("no file " + name + " in codebook.json");
    }

    private JsonNode column(String file, String name) {
        for (JsonNode c : fileNamed(file).get("columns")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no column " + name + " in " + file);
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw new AssertionError("codebook.json is not JSON", e);
        }
    }
}
