package dk.samspil.projections.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlTest {

    @Test
    void a_named_statement_is_the_statement_after_its_name_without_the_comments() {
        assertThat(Sql.statement("store.sql", "format_recorded"))
                .isEqualTo("INSERT INTO read_model_format SELECT ? WHERE NOT EXISTS (SELECT 1 FROM read_model_format);");
        assertThat(Sql.statement("timeline.sql", "intervention_started")).startsWith("INSERT INTO intervention SELECT")
                .endsWith("AND superseded_pos = $1;").doesNotContain("--");
    }

    @Test
    void refuses_a_name_the_file_does_not_hold() {
        assertThatThrownBy(() -> Sql.statement("structure.sql", "unit_deleted"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit_deleted");
    }

    @Test
    void schema_statements_still_split_on_semicolons_that_end_a_line() {
        assertThat(Sql.statements("schema.sql")).first().asString().startsWith("CREATE TABLE IF NOT EXISTS read_model_format");
        assertThat(Sql.statements("schema.sql")).allSatisfy(s -> assertThat(s).endsWith(";").doesNotStartWith("--"));
    }

    @Test
    void a_rebuild_empties_every_table_the_events_fill() {
        // a table left out would keep its rows through ./samspil replay and get every row again (release points did)
        java.util.List<String> tables = Sql.statements("schema.sql").stream().filter(st -> st.startsWith("CREATE TABLE"))
                .map(st -> st.split("\\s+")[5]).filter(t -> !t.equals("read_model_format")).toList();
        assertThat(ReadModelBatches.TABLES).containsExactlyInAnyOrderElementsOf(tables);
    }
}
