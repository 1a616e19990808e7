package dk.samspil.exports;

import dk.samspil.exports.codebook.Code;
import dk.samspil.exports.codebook.ColumnDescription;
import dk.samspil.exports.codebook.ColumnType;
import dk.samspil.exports.codebook.Missing;
import dk.samspil.exports.codebook.TableDescription;
import dk.samspil.exports.labelled.BackgroundSink;
import dk.samspil.exports.labelled.LabelledTable;
import dk.samspil.exports.labelled.LabelledTable.Column;
import dk.samspil.exports.labelled.LabelledTable.Kind;
import dk.samspil.exports.labelled.RowSink;
import dk.samspil.exports.labelled.SpssSav;
import dk.samspil.exports.labelled.StataDta;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The Stata .dta and SPSS .sav beside each Parquet file, from the same temporary table and the codebook's description of
 * it: one pass over the rows feeds both. A coded column holds the position of its value in the codebook's list (1, 2, …;
 * booleans 0 and 1), labelled with the value's Danish wording; a null with a missing code is that code, labelled.
 */
final class LabelledFiles {

    private static final Logger LOG = LoggerFactory.getLogger(LabelledFiles.class);

    private LabelledFiles() {
    }

    /** Writes {@code name}.dta and .sav from {@code table}'s rows in stored order; returns the files with their hashes. */
    static List<ExportManifest.ExportedFile> write(Connection c, String table, TableDescription description, long rows, long suppressed,
                                                   ExportRun run) throws SQLException, IOException {
        long started = System.nanoTime();
        LabelledTable labelled = labelled(c, table, description, rows, run);
        Path dta = run.folder().resolve(description.baseName() + ".dta");
        Path sav = run.folder().resolve(description.baseName() + ".sav");
        List<ColumnDescription> columns = description.columns();
        byte[][][] dictionaries = dictionaries(c, table, columns);
        String select = IntStream.range(0, columns.size())
                .mapToObj(i -> dictionaries[i] != null ? "enum_code(\"" + columns.get(i).name() + "\")" : value(columns.get(i)))
                .collect(Collectors.joining(", "));
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT " + select + " FROM " + table);
             OutputStream savOut = new BufferedOutputStream(Files.newOutputStream(sav), 1 << 20);
             RowSink stata = StataDta.open(labelled, dta);
             RowSink spss = SpssSav.open(labelled, savOut)) {
            Kind[] kinds = labelled.columns().stream().map(Column::kind).toArray(Kind[]::new);
            // the columns whose codes are places in the codebook's list of values
            boolean[] listed = new boolean[kinds.length];
            for (int i = 0; i < kinds.length; i++) {
                listed[i] = columns.get(i).type() == ColumnType.VARCHAR && kinds[i] == Kind.CODED;
            }
            // this thread reads the rows; another writes them to both files
            try (RowSink both = new BackgroundSink(List.of(stata, spss))) {
                long row = 0;
                while (r.next()) {
                    row++;
                    Object[] values = new Object[kinds.length];
                    for (int i = 0; i < kinds.length; i++) {
                        values[i] = dictionaries[i] != null ? word(r, i + 1, dictionaries[i]) : read(r, i + 1, kinds[i]);
                        if (listed[i] && values[i] instanceof Integer code && code < 0) {
                            throw new IllegalStateException(description.file() + ", row " + row + ", column " + columns.get(i).name()
                                    + ": the value is none of the codebook's codes for the column");
                        }
                    }
                    both.row(values);
                }
            }
        }
        long written = System.nanoTime();
        String of = " of " + description.file() + ": the same rows, with variable and value labels and missing codes from the codebook";
        List<ExportManifest.ExportedFile> files = List.of(
                new ExportManifest.ExportedFile(dta.getFileName().toString(), rows, suppressed, ExportedFiles.sha256(dta), "Stata .dta (format 118)" + of),
                new ExportManifest.ExportedFile(sav.getFileName().toString(), rows, suppressed, ExportedFiles.sha256(sav), "SPSS .sav" + of));
        LOG.debug(String.format(Locale.ROOT, "%s: %,d rows, read and written in %.3f s, hashed in %.3f s", description.baseName() + ".dta/.sav",
                rows, (written - started) / 1e9, (System.nanoTime() - written) / 1e9));
        return files;
    }

    /** The table as the writers see it: names, kinds, labels and missing codes from the codebook, string widths from the rows. */
    private static LabelledTable labelled(Connection c, String table, TableDescription description, long rows, ExportRun run)
            throws SQLException {
        List<ColumnDescription> columns = description.columns();
        int[] widths = widths(c, table, columns);
        List<Column> labelled = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDescription column = columns.get(i);
            Kind kind = kind(column);
            Missing missing = column.missing();
            LabelledTable.MissingCode code = kind == Kind.STRING || missing == null || missing.stata() == null ? null
                    : new LabelledTable.MissingCode(missing.stata().charAt(1), missing.spss(), missing.meaning().da());
            if (kind != Kind.STRING && missing != null && code == null) {
                throw new IllegalStateException(description.file() + ": column " + column.name() + " can be null and has no missing code");
            }
            labelled.add(new Column(column.name(), kind, column.meaning().da(), kind == Kind.CODED ? valueLabels(column) : List.of(), code,
                    widths[i]));
        }
        LocalDateTime stamped = run.recordedAt() == null ? LocalDateTime.of(1970, 1, 1, 0, 0)
                : LocalDateTime.ofInstant(Instant.parse(run.recordedAt()), ZoneOffset.UTC);
        return new LabelledTable(description.description().da(), rows, labelled, stamped);
    }

    private static Kind kind(ColumnDescription column) {
        return switch (column.type()) {
            case VARCHAR -> column.values().isEmpty() ? Kind.STRING : Kind.CODED;
            case BOOLEAN -> Kind.CODED;
            case DATE -> Kind.DATE;
            case TINYINT, SMALLINT, INTEGER -> column.values().isEmpty() ? Kind.INTEGER : Kind.CODED;
            // positions fit a double's 53 bits exactly, and Stata's long holds 31
            case BIGINT, DOUBLE -> Kind.DOUBLE;
        };
    }

    /**
     * A coded text column's codes are its values' places in the codebook's list; a boolean's are 0 (false) and 1 (true); a
     * labelled number's are the numbers themselves (a scale's points).
     */
    private static List<LabelledTable.ValueLabel> valueLabels(ColumnDescription column) {
        if (column.type().numeric()) {
            return column.values().stream().map(v -> new LabelledTable.ValueLabel(Integer.parseInt(v.value()), v.label().da())).toList();
        }
        if (column.type() == ColumnType.BOOLEAN) {
            return List.of(new LabelledTable.ValueLabel(0, label(column, "false")), new LabelledTable.ValueLabel(1, label(column, "true")));
        }
        return IntStream.range(0, column.values().size())
                .mapToObj(i -> new LabelledTable.ValueLabel(i + 1, column.values().get(i).label().da())).toList();
    }

    private static String label(ColumnDescription column, String value) {
        return column.values().stream().filter(code -> code.value().equals(value)).map(code -> code.label().da()).findFirst().orElse(value);
    }

    /** The SQL that gives a column's value as the writers take it. */
    private static String value(ColumnDescription column) {
        String name = '"' + column.name() + '"';
        return switch (kind(column)) {
            case CODED -> column.type() == ColumnType.BOOLEAN || column.type().numeric() ? "CAST(" + name + " AS INTEGER)"
                    // a value the codebook does not list is -1, which the writing refuses
                    : "CASE WHEN " + name + " IS NULL THEN NULL ELSE coalesce(list_position(["
                    + column.values().stream().map(v -> "'" + v.value().replace("'", "''") + "'").collect(Collectors.joining(", "))
                    + "], CAST(" + name + " AS VARCHAR)), -1) END";
            case DATE -> "date_diff('day', DATE '1970-01-01', " + name + ")";
            case DOUBLE -> "CAST(" + name + " AS DOUBLE)";
            case INTEGER -> "CAST(" + name + " AS BIGINT)";
            case STRING -> "CAST(" + name + " AS VARCHAR)";
        };
    }

    /**
     * The values of each text column DuckDB holds as an ENUM, as UTF-8 bytes by code (null for other columns): reading
     * a code and looking its text up is some forty times faster than reading the text through JDBC.
     */
    private static byte[][][] dictionaries(Connection c, String table, List<ColumnDescription> columns) throws SQLException {
        Set<String> enums = new HashSet<>();
        byte[][][] dictionaries = new byte[columns.size()][][];
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("DESCRIBE " + table)) {
                while (r.next()) {
                    if (r.getString("column_type").startsWith("ENUM")) {
                        enums.add(r.getString("column_name"));
                    }
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                String name = '"' + columns.get(i).name() + '"';
                if (kind(columns.get(i)) != Kind.STRING || !enums.contains(columns.get(i).name())) {
                    continue;
                }
                List<byte[]> words = new ArrayList<>();
                // the ENUM's values in code order; a column that is null throughout needs none
                try (ResultSet r = s.executeQuery("SELECT unnest(enum_range(" + name + ")) FROM (SELECT " + name + " FROM " + table
                        + " WHERE " + name + " IS NOT NULL LIMIT 1)")) {
                    while (r.next()) {
                        words.add(r.getString(1).getBytes(StandardCharsets.UTF_8));
                    }
                }
                dictionaries[i] = words.toArray(byte[][]::new);
            }
        }
        return dictionaries;
    }

    private static byte[] word(ResultSet r, int i, byte[][] dictionary) throws SQLException {
        int code = r.getInt(i);
        return r.wasNull() ? null : dictionary[code];
    }

    private static Object read(ResultSet r, int i, Kind kind) throws SQLException {
        Object value = switch (kind) {
            case CODED, DATE -> r.getInt(i);
            case INTEGER -> r.getLong(i);
            case DOUBLE -> r.getDouble(i);
            case STRING -> r.getString(i);
        };
        return r.wasNull() ? null : value;
    }

    /** The longest value of each text column in UTF-8 bytes; 1 for every other column. */
    private static int[] widths(Connection c, String table, List<ColumnDescription> columns) throws SQLException {
        int[] widths = new int[columns.size()];
        String sql = columns.stream().map(col -> kind(col) == Kind.STRING ? "coalesce(max(strlen(CAST(\"" + col.name() + "\" AS VARCHAR))), 1)"
                : "1").collect(Collectors.joining(", "));
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT " + sql + " FROM " + table)) {
            r.next();
            for (int i = 0; i < widths.length; i++) {
                widths[i] = r.getInt(i + 1);
            }
        }
        return widths;
    }
}
