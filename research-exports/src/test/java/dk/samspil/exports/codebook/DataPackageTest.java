package dk.samspil.exports.codebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * datapackage.json against the Frictionless Tabular Data Package profile (JSON Schema draft-04) from the shared folder
 * beside the checkout, read by networknt's validator; and what it says of each table, from the codebook.
 */
class DataPackageTest {

    private static final List<String> OTHERS = List.of("network/w0-rk@1.graphml", "codebook.json", "codebook.xml", "README.md",
            "manifest.json");

    @Test
    void datapackage_json_is_a_valid_tabular_data_package_naming_every_file() throws Exception {
        String json = new String(DataPackage.toBytes(CodebookFixtures.codebook(), OTHERS), StandardCharsets.UTF_8);
        Schema profile = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(Files.readString(profile()));
        List<Error> errors = profile.validate(json, InputFormat.JSON);
        assertThat(errors).as("datapackage.json against tabular-data-package.json").isEmpty();

        JsonNode root = new ObjectMapper().readTree(json);
        List<String> paths = new ArrayList<>();
        root.get("resources").forEach(r -> paths.add(r.get("path").asText()));
        assertThat(paths).containsExactlyElementsOf(CodebookFixtures.codebook().files().stream().map(Codebook.DataFile::file).toList());
        root.get("samspil_other_files").forEach(f -> paths.add(f.asText()));
        assertThat(paths).containsAll(OTHERS);

        JsonNode responses = root.get("resources").get(0);
        assertThat(responses.get("samspil_rows").asLong()).isEqualTo(CodebookFixtures.ROWS.get("responses.parquet"));
        JsonNode targetKind = field(responses, "target_kind");
        assertThat(targetKind.get("type").asText()).isEqualTo("string");
        assertThat(targetKind.at("/constraints/enum").toString()).isEqualTo("[\"group\",\"person\"]");
        assertThat(targetKind.at("/constraints/required").asBoolean()).as("null where the instrument rates no group").isFalse();
        assertThat(targetKind.at("/categories/0/label").asText()).startsWith("a professional group");
        assertThat(field(responses, "answer").get("type").asText()).isEqualTo("integer");
        assertThat(field(responses, "collected_on").get("type").asText()).isEqualTo("date");

        // the profile is not lenient: a resource without its schema is refused
        String broken = json.replaceFirst("\"schema\"", "\"schemo\"");
        assertThat(profile.validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    private static JsonNode field(JsonNode resource, String name) {
        for (JsonNode field : resource.at("/schema/fields")) {
            if (field.get("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name);
    }

    /** The Frictionless profile, found in the shared folder next to the checkout (or next to one of its parents). */
    private static Path profile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/schemas/frictionless/tabular-data-package.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("shared/schemas/frictionless/tabular-data-package.json beside the checkout");
    }
}
