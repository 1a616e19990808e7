package dk.samspil.projections.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The read model's SQL lives in .sql files beside this class; this loads them once. */
public final class Sql {

    private static final String NAME = "-- name:";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, String>> NAMED = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** The text of one .sql file (comment lines kept; DuckDB ignores them). */
    public static String load(String name) {
        return CACHE.computeIfAbsent(name, Sql::read);
    }

    /** The statements of a .sql file, split on semicolons that end a line. */
    public static List<String> statements(String name) {
        return split(name).stream().map(Named::sql).toList();
    }

    /**
     * One statement of a .sql file of named statements, where each statement follows a comment line
     * {@code -- name: <name>} and ends with a semicolon that ends a line.
     */
    public static String statement(String file, String name) {
        String sql = NAMED.computeIfAbsent(file, Sql::named).get(name);
        if (sql == null) {
            throw new IllegalArgumentException("no statement '" + name + "' in " + file);
        }
        return sql;
    }

    private record Named(String name, String sql) {
    }

    private static Map<String, String> named(String file) {
        Map<String, String> named = new LinkedHashMap<>();
        for (Named statement : split(file)) {
            if (statement.name() == null || named.put(statement.name(), statement.sql()) != null) {
                throw new IllegalStateException(file + " has a statement without a name of its own: " + statement.sql());
            }
        }
        return named;
    }

    private static List<Named> split(String file) {
        List<Named> statements = new ArrayList<>();
        String name = null;
        StringBuilder current = new StringBuilder();
        for (String line : load(file).split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith(NAME)) {
                name = stripped.substring(NAME.length()).strip();
                continue;
            }
            if (stripped.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (stripped.endsWith(";")) {
                statements.add(new Named(name, current.toString().strip()));
                current.setLength(0);
                name = null;
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(new Named(name, current.toString().strip()));
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
