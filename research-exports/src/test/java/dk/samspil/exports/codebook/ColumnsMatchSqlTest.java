package dk.samspil.exports.codebook;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The codebook's columns are the ones the export SQL really produces, by name, order and DuckDB type. */
class ColumnsMatchSqlTest {

    @Test
    void responses_match_export_responses_sql() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            // the read-model columns the query reads, typed as in projections' schema.sql
            s.execute("""
                    CREATE TABLE submission (recorded_pos BIGINT, study VARCHAR, wave VARCHAR, instrument VARCHAR,
                        respondent VARCHAR, respondent_group VARCHAR, respondent_unit VARCHAR, collected_on DATE,
                        superseded_pos BIGINT)""");
            s.execute("""
                    CREATE TABLE item_score (recorded_pos BIGINT, target_kind VARCHAR, target VARCHAR, case_id VARCHAR,
                        item VARCHAR, answer SMALLINT, score SMALLINT)""");
            s.execute("CREATE TABLE export_pseudonym (kind VARCHAR, id VARCHAR, pseudonym VARCHAR)");
            assertThat(described(s, sql("export_responses.sql").replaceFirst("\\?", "'s'").replace("?", "0")))
                    .containsExactlyElementsOf(declared(Columns.RESPONSES));
        }
    }

    @Test
    void relation_cells_match_export_relation_cells_sql() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            // as ResearchExporter creates it
            s.execute("""
                    CREATE TABLE export_cell (wave VARCHAR, instrument VARCHAR, rater_group VARCHAR,
                        target_group VARCHAR, mean DOUBLE, n INTEGER, band VARCHAR, suppressed BOOLEAN, k INTEGER)""");
            assertThat(described(s, sql("export_relation_cells.sql"))).containsExactlyElementsOf(declared(Columns.RELATION_CELLS));
        }
    }

    private static List<String> declared(TableDescription table) {
        return table.columns().stream().map(col -> col.name() + " " + col.type()).toList();
    }

    private static List<String> described(Statement s, String select) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = s.executeQuery("DESCRIBE " + select)) {
            while (r.next()) {
                columns.add(r.getString("column_name") + " " + r.getString("column_type"));
            }
        }
        return columns;
    }

    private static String sql(String name) throws IOException {
        try (InputStream in = ColumnsMatchSqlTest.class.getResourceAsStream("/dk/samspil/exports/sql/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replaceAll(";$", "");
        }
    }
}
