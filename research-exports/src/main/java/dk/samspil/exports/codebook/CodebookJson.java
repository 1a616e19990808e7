package dk.samspil.exports.codebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes codebook.json: two-space indent, "\n" line ends whatever the platform, fields in the
 * order the records declare, map keys sorted, a final newline. Same codebook, same bytes.
 */
public final class CodebookJson {

    public static final String FILE = "codebook.json";

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // the citation's dates as ISO text (2024-03-01)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build()
            .writer(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(INDENT)
                    .withArrayIndenter(INDENT));

    private CodebookJson() {
    }

    public static byte[] toBytes(Codebook codebook) {
        return bytes(codebook);
    }

    /** Any value written the same way (datapackage.json too): same value, same bytes. */
    static byte[] bytes(Object value) {
        try {
            return (WRITER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Writes codebook.json into the export folder and returns its path. */
    public static Path write(Codebook codebook, Path folder) throws IOException {
        return Files.write(folder.resolve(FILE), toBytes(codebook));
    }
}
