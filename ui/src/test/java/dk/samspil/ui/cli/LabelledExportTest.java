package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's labelled files, read back by R's haven (ReadStat), a reader no one here wrote: every .dta and .sav of a
 * microdata export (the mini sample with background attributes) holds the rows of the Parquet file it is named after,
 * value for value, coded columns compared through their labels; every variable label, value label and missing code is
 * the codebook's; and the export's R script runs.
 */
class LabelledExportTest {

    @TempDir
    static Path dir;
    static Path export;
    static Path seen;

    @BeforeAll
    static void exportAndReadBack() throws Exception {
        Path data = dir.resolve("data");
        Path bundle = AttributesImportTest.mini(dir.resolve("bundle"));
        Files.writeString(bundle.resolve("respondent_attributes.csv"), BreakdownTest.attributes(bundle.resolve("responses.csv")));
        Files.writeString(bundle.resolve("citizen_attributes.csv"), BreakdownTest.citizenAttributes(bundle.resolve("outcomes.csv")));
        // how an archive cites the study, stated in study.json
        var study = (com.fasterxml.jackson.databind.node.ObjectNode) DomainJson.mapper().readTree(bundle.resolve("study.json").toFile());
        study.set("citation", DomainJson.mapper().readTree("""
                {"authors": [{"name": "Mette Holm", "affiliation": "Aalborg Universitet"}, {"name": "Jens Berg"}],
                 "producer": "Kommunens Børn og Unge", "distributor": "Samspil-driften"}"""));
        Files.writeString(bundle.resolve("study.json"), DomainJson.mapper().writeValueAsString(study));
        Cli.ok(Cli.run("--data", data.toString(), "import", bundle.toString()));
        Cli.ok(Cli.run("partner", "agree", "--data", data.toString(), "--partner", "aau", "--agreement", "AAU-DSA-2026-01", "--microdata",
                "--licence", "CC BY-NC 4.0"));
        export = dir.resolve("export");
        Cli.ok(Cli.run("export", "--data", data.toString(), "--study", "mini", "--partner", "aau", "--out", export.toString()));
        seen = Files.createDirectories(dir.resolve("seen"));
        run(export, "Rscript", Path.of("src/test/resources/haven/read_back.R").toAbsolutePath().toString(), export.toString(), seen.toString());
    }

    @Test
    void every_labelled_file_holds_its_parquet_files_rows_as_the_codebook_describes_them() throws Exception {
        JsonNode codebook = DomainJson.mapper().readTree(export.resolve("codebook.json").toFile());
        List<String> compared = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            for (JsonNode file : codebook.get("files")) {
                String parquet = file.get("file").asText();
                String base = parquet.substring(0, parquet.length() - ".parquet".length());
                for (String extension : List.of("dta", "sav")) {
                    Map<String, List<String>> expected = expected(s, export.resolve(parquet), file.get("columns"), extension);
                    JsonNode read = DomainJson.mapper().readTree(seen.resolve(base + "." + extension + ".json").toFile());
                    String what = base + "." + extension;
                    assertThat(read.get("rows").asLong()).as(what).isEqualTo(file.get("rows").asLong()).isPositive();
                    // the dataset label is the file's Danish description, cut to the format's limit
                    assertThat(file.at("/description/da").asText()).as(what).startsWith(uncut(read.get("label").asText()));
                    assertThat(read.get("columns").findValuesAsText("name")).as(what).containsExactlyElementsOf(expected.keySet());
                    for (JsonNode column : read.get("columns")) {
                        JsonNode described = find(file.get("columns"), column.get("name").asText());
                        assertMetadata(what, extension, column, described);
                        assertValues(what + " " + column.get("name").asText(), described, texts(column.get("values")),
                                expected.get(column.get("name").asText()));
                    }
                    compared.add(what);
                }
            }
        }
        assertThat(compared).contains("responses.dta", "responses.sav", "relation_cells.dta", "relation_cells.sav", "unit_indices.sav",
                "interventions.dta", "org_changes.sav", "citizen_outcomes.dta", "respondent_attributes.dta", "citizen_attributes.sav");
        var manifest = DomainJson.mapper().readTree(export.resolve("manifest.json").toFile());
        assertThat(manifest.get("files").findValuesAsText("name")).contains("responses.dta", "responses.sav", "samspil_export.R");
        // datapackage.json names every file of the export by its path (itself aside): the tables as resources, the rest beside
        List<String> packaged = new ArrayList<>();
        JsonNode datapackage = DomainJson.mapper().readTree(export.resolve("datapackage.json").toFile());
        datapackage.get("resources").forEach(r -> packaged.add(r.get("path").asText()));
        datapackage.get("samspil_other_files").forEach(f -> packaged.add(f.asText()));
        try (var walk = Files.walk(export)) {
            assertThat(packaged).containsExactlyInAnyOrderElementsOf(walk.filter(Files::isRegularFile).map(f -> export.relativize(f).toString())
                    .filter(f -> !f.equals("datapackage.json")).toList());
        }
        // the mini sample's instruments word their scale alike, so answers and scores carry the wording (compared above)
        JsonNode answer = find(codebook.at("/files/0/columns"), "answer");
        assertThat(answer.get("values").findValuesAsText("da")).containsExactly("I meget lav grad", "I lav grad", "I nogen grad",
                "I høj grad", "I meget høj grad");
    }

    @Test
    void the_ddi_citation_comes_from_the_studys_and_the_agreements_events() throws Exception {
        String xml = Files.readString(export.resolve("codebook.xml"));
        assertThat(xml).contains("<AuthEnty affiliation=\"Aalborg Universitet\">Mette Holm</AuthEnty>", "<AuthEnty>Jens Berg</AuthEnty>",
                "<producer role=\"data producer\">Kommunens Børn og Unge</producer>", "<distrbtr>Samspil-driften</distrbtr>",
                "<conditions>CC BY-NC 4.0</conditions>", "agreement AAU-DSA-2026-01, which allows item-level responses (microdata)",
                "<nation abbr=\"DK\">Danmark</nation>", "event=\"start\"");
        JsonNode citation = DomainJson.mapper().readTree(export.resolve("codebook.json").toFile()).get("citation");
        assertThat(citation.get("licence").asText()).isEqualTo("CC BY-NC 4.0");
        assertThat(citation.get("period_start").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(citation.get("geography").asText()).isNotBlank();
    }

    @Test
    void the_exports_r_script_loads_every_table_with_its_labels() throws Exception {
        String out = run(export, "Rscript", "samspil_export.R");
        assertThat(out).contains("relation_cells").contains("responses").contains("Svar på itemniveau");
        // the coded columns print their labels, the group keys the groups' names
        assertThat(out).contains("høj: inden for gruppen").contains("handleteam");
        // the partner README's first lines of an R session run as they stand
        String readme = Files.readString(export.resolve("README.md"));
        int from = readme.indexOf("R (haven):\n\n```r\n") + "R (haven):\n\n```r\n".length();
        Files.writeString(dir.resolve("readme.R"), readme.substring(from, readme.indexOf("```", from)));
        assertThat(run(export, "Rscript", dir.resolve("readme.R").toString())).contains("Psykiatri").contains("lav: inden for gruppen");
    }

    /** The codebook's meaning of a column, as each format holds it, and its value labels and missing code. */
    private static void assertMetadata(String what, String extension, JsonNode column, JsonNode described) {
        String meaning = described.at("/meaning/da").asText();
        String label = column.get("label").asText();
        assertThat(meaning).as("%s label of %s", what, described.get("name")).startsWith(uncut(label));
        if (extension.equals("dta")) {
            assertThat(label.length()).as(what).isLessThanOrEqualTo(80);
        }
        Map<String, String> labels = new HashMap<>();
        for (JsonNode value : column.get("labels")) {
            labels.put(value.hasNonNull("tag") ? "." + value.get("tag").asText() : value.get("value").asText(), value.get("label").asText());
        }
        List<String> codes = new ArrayList<>();
        described.get("values").forEach(v -> codes.add(v.at("/label/da").asText()));
        JsonNode missing = described.get("missing");
        boolean coded = !missing.isNull() && !missing.get(extension.equals("dta") ? "stata" : "spss").isNull();
        if (coded) {
            String key = extension.equals("dta") ? missing.get("stata").asText() : Double.toString(missing.get("spss").asInt());
            assertThat(labels).as("%s missing code of %s", what, described.get("name")).containsEntry(normal(key), missing.at("/meaning/da").asText());
            if (extension.equals("sav")) {
                assertThat(texts(column.get("na_values"))).as(what).containsExactly(String.valueOf(missing.get("spss").asInt()));
            }
        }
        List<String> valueLabels = new ArrayList<>(labels.values());
        if (coded) {
            valueLabels.remove(missing.at("/meaning/da").asText());
        }
        assertThat(valueLabels).as("%s value labels of %s", what, described.get("name")).containsExactlyInAnyOrderElementsOf(codes);
    }

    private static void assertValues(String what, JsonNode described, List<String> actual, List<String> expected) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        boolean number = List.of("DOUBLE", "INTEGER", "BIGINT", "TINYINT", "SMALLINT").contains(described.get("type").asText())
                && described.get("values").isEmpty();
        for (int i = 0; i < expected.size(); i++) {
            String e = expected.get(i);
            String a = actual.get(i);
            if (number && !e.equals(a) && !a.equals("NA") && e.matches("-?[0-9.eE+-]+")) {
                assertThat(Double.parseDouble(a)).as("%s row %d", what, i + 1).isEqualTo(Double.parseDouble(e));
            } else {
                assertThat(a).as("%s row %d", what, i + 1).isEqualTo(e);
            }
        }
    }

    /** Each column's values in the Parquet file as haven should show them: a code's label, a null's missing label. */
    private static Map<String, List<String>> expected(Statement s, Path parquet, JsonNode columns, String extension) throws Exception {
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        columns.forEach(c -> expected.put(c.get("name").asText(), new ArrayList<>()));
        try (ResultSet r = s.executeQuery("SELECT * FROM '" + parquet + "'")) {
            while (r.next()) {
                int i = 1;
                for (JsonNode column : columns) {
                    expected.get(column.get("name").asText()).add(text(column, r.getString(i++), extension));
                }
            }
        }
        return expected;
    }

    private static String text(JsonNode column, String value, String extension) {
        JsonNode missing = column.get("missing");
        if (value == null) {
            return !missing.isNull() && !missing.get(extension.equals("dta") ? "stata" : "spss").isNull() ? missing.at("/meaning/da").asText()
                    : column.get("type").asText().equals("VARCHAR") ? "" : "NA";
        }
        for (JsonNode code : column.get("values")) {
            if (code.get("value").asText().equals(value)) {
                return code.at("/label/da").asText();
            }
        }
        assertThat(column.get("values")).as("%s = %s is one of its codes", column.get("name"), value).isEmpty();
        return value;
    }

    private static JsonNode find(JsonNode columns, String name) {
        for (JsonNode column : columns) {
            if (column.get("name").asText().equals(name)) {
                return column;
            }
        }
        throw new AssertionError("the codebook has no column " + name);
    }

    /** A label without the ellipsis that ends it when cut. */
    private static String uncut(String label) {
        return label.endsWith("…") ? label.substring(0, label.length() - 1) : label;
    }

    private static String normal(String key) {
        return key.endsWith(".0") ? key.substring(0, key.length() - 2) : key;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) ? Long.toString(v.asLong()) : v.asText()));
        return texts;
    }

    private static String run(Path in, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
