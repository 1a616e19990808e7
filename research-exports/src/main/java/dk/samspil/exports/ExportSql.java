package dk.samspil.exports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The export queries, kept as .sql files beside this class. */
final class ExportSql {

    private ExportSql() {
    }

    static String load(String name) {
        try (InputStream in = ExportSql.class.getResourceAsStream("/dk/samspil/exports/sql/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no export SQL " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // COPY wraps the query in parentheses, so a trailing semicolon must go
            return text.strip().replaceAll(";$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
