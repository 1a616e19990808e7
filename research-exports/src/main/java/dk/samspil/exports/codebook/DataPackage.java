package dk.samspil.exports.codebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes datapackage.json, a Frictionless Tabular Data Package (profile tabular-data-package, v1): one tabular resource
 * per Parquet file with its table schema (field names and types, the English meaning, the allowed codes as an enum
 * and as labelled categories, a null as the missing value), from the same codebook as codebook.json, and every other
 * file of the export by its path.
 */
public final class DataPackage {

    public static final String FILE = "datapackage.json";

    private DataPackage() {
    }

    /** @param otherFiles the export's files that are no table (codebooks, README, manifest, network files), by path */
    public static byte[] toBytes(Codebook codebook, List<String> otherFiles) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("profile", "tabular-data-package");
        root.put("name", name(codebook.study() + "-" + codebook.partner() + "-" + codebook.asOfPosition()));
        root.put("title", codebook.title());
        root.put("version", "as-of position " + codebook.asOfPosition());
        if (codebook.asOfRecordedAt() != null) {
            root.put("created", codebook.asOfRecordedAt());
        }
        root.put("description", "Samspil research export of study " + codebook.study() + " for partner " + codebook.partner()
                + " under agreement " + codebook.agreement() + ". Figures from fewer than k = " + codebook.k() + " respondents are"
                + " suppressed; ids are partner pseudonyms (" + codebook.pseudonymisation() + ").");
        List<Object> resources = new ArrayList<>();
        for (Codebook.DataFile file : codebook.files()) {
            resources.add(resource(file));
        }
        root.put("resources", resources);
        root.put("samspil_other_files", List.copyOf(otherFiles));
        return CodebookJson.bytes(root);
    }

    public static Path write(Codebook codebook, List<String> otherFiles, Path folder) throws IOException {
        return Files.write(folder.resolve(FILE), toBytes(codebook, otherFiles));
    }

    private static Map<String, Object> resource(Codebook.DataFile file) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", name(file.table().baseName()));
        resource.put("path", file.file());
        resource.put("format", "parquet");
        resource.put("mediatype", "application/vnd.apache.parquet");
        resource.put("description", file.description().en());
        resource.put("samspil_rows", file.rows());
        List<Object> fields = new ArrayList<>();
        for (ColumnDescription column : file.columns()) {
            fields.add(field(column));
        }
        // Parquet writes a missing value as null, never as a text code
        resource.put("schema", Map.of("fields", fields, "missingValues", List.of("")));
        return resource;
    }

    private static Map<String, Object> field(ColumnDescription column) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", column.name());
        field.put("type", switch (column.type()) {
            case VARCHAR -> "string";
            case DATE -> "date";
            case TINYINT, SMALLINT, INTEGER, BIGINT -> "integer";
            case DOUBLE -> "number";
            case BOOLEAN -> "boolean";
        });
        field.put("title", column.meaning().da());
        field.put("description", column.meaning().en() + (column.missing() == null ? "" : " Missing: " + column.missing().meaning().en()));
        if (column.unit() != null) {
            field.put("samspil_unit", column.unit());
        }
        Map<String, Object> constraints = new LinkedHashMap<>();
        constraints.put("required", column.missing() == null);
        if (!column.values().isEmpty() && column.type() == ColumnType.VARCHAR) {
            constraints.put("enum", column.values().stream().map(Code::value).toList());
            field.put("categories", column.values().stream().map(code -> Map.of("value", code.value(), "label", code.label().en())).toList());
        } else if (!column.values().isEmpty() && column.type().numeric()) {
            // a scale's worded points: other points of the column may be unworded, so they label without constraining
            field.put("categories", column.values().stream()
                    .map(code -> Map.of("value", (Object) Long.parseLong(code.value()), "label", code.label().en())).toList());
        }
        if (column.range() != null) {
            constraints.put("minimum", column.range().min());
            constraints.put("maximum", column.range().max());
        }
        field.put("constraints", constraints);
        return field;
    }

    /** A Frictionless name: lower case letters, digits, '.', '_', '-' and '/'. */
    private static String name(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^-a-z0-9._/]", "-");
    }
}
