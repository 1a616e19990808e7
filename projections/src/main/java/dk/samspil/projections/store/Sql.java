package dk.samspil.projections.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The read model's SQL lives in .sql files beside this class; this loads them once. */
public final class Sql {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** The text of one .sql file (comment lines kept; DuckDB ignores them). */
    public static String load(String name) {
        return CACHE.computeIfAbsent(name, Sql::read);
    }

    /** The statements of a .sql file, split on semicolons that end a line. */
    public static List<String> statements(String name) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : load(name).split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String name) {
        try (InputStream in = Sql.class.getResourceAsStream("/dk/samspil/projections/sql/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no SQL file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
