package dk.samspil.ui.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.projections.disclosure.FigureKey;
import dk.samspil.projections.store.ReadModelStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The figures a partner's export holds, read back from its Parquet files as the partner would, each with who
 * counts in it found from the stored answers (the oracle), not from the export.
 */
final class ExportedFigures {

    private ExportedFigures() {
    }

    /**
     * @param through    the last day of the outcome measurements the export's release point released
     * @param mismatches gets each figure whose n is not what the stored answers give
     */
    static List<Disclosure.Figure> of(Path export, ReadModelStore store, String study, LocalDate through, List<String> mismatches)
            throws IOException, SQLException {
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(export.resolve("manifest.json")));
        long at = manifest.get("as_of_position").asLong();
        Oracle oracle = new Oracle(store, study, at);
        List<Disclosure.Figure> figures = new ArrayList<>();
        String where = "export @" + at + " ";
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT wave, instrument, rater_group, target_group, n FROM '%s' WHERE mean IS NOT NULL"
                    .formatted(export.resolve("relation_cells.parquet")))) {
                while (r.next()) {
                    String wave = r.getString(1);
                    String instrument = r.getString(2);
                    add(figures, mismatches, wave + " " + instrument, where + FigureKey.cell(wave, instrument, null, r.getString(3),
                            r.getString(4)).name(), r.getInt(5), oracle.cell(wave, instrument, null, r.getString(3), r.getString(4)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT wave, instrument, scope, unit, n FROM '%s' WHERE mean IS NOT NULL"
                    .formatted(export.resolve("unit_indices.parquet")))) {
                while (r.next()) {
                    String wave = r.getString(1);
                    String instrument = r.getString(2);
                    add(figures, mismatches, wave + " " + instrument, where + FigureKey.index(wave, instrument, r.getString(4), r.getString(3))
                            .name(), r.getInt(5), oracle.index(wave, instrument, r.getString(4), r.getString(3)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT outcome, unit, month, n FROM '%s' WHERE mean IS NOT NULL"
                    .formatted(export.resolve("citizen_outcomes.parquet")))) {
                while (r.next()) {
                    LocalDate month = r.getObject(3, LocalDate.class);
                    add(figures, mismatches, "outcome " + r.getString(1), where + FigureKey.outcome(r.getString(1), r.getString(2), month)
                            .name(), r.getInt(4), oracle.outcome(r.getString(1), r.getString(2), month, through));
                }
            }
        }
        return figures;
    }

    private static void add(List<Disclosure.Figure> figures, List<String> mismatches, String measure, String label, int n,
                            Set<String> contributors) {
        if (contributors.size() != n) {
            mismatches.add(label + ": n = " + n + ", the answers give " + contributors.size());
        }
        figures.add(new Disclosure.Figure(measure, label, contributors));
    }
}
