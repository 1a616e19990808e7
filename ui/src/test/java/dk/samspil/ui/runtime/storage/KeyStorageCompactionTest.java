package dk.samspil.ui.runtime.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rewrite after an erasure, on PostgreSQL while running; other databases are left to the stopped-store path. */
class KeyStorageCompactionTest {

    @Test
    void postgresql_rewrites_the_key_and_link_tables_into_new_files_and_keeps_their_rows() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            EventStoreSchema.ensure(postgres.getPostgresDatabase());
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("""
                        INSERT INTO questionnaire_invitation (token_hash, study, wave, unit, respondent, respondent_kind, issued_at)
                        VALUES ('%s', 'mini', 'w1', 'd01', 'p-kept', 'citizen', now())""".formatted("a".repeat(64)));
                long before = fileOf(s, "questionnaire_invitation");
                long keysBefore = fileOf(s, "person_key");
                c.setAutoCommit(false);

                assertThat(KeyStorageCompaction.compactRunning(c)).isTrue();

                assertThat(c.getAutoCommit()).as("the caller's transaction mode is put back").isFalse();
                c.setAutoCommit(true);
                assertThat(fileOf(s, "questionnaire_invitation")).as("a new file for the link table").isNotEqualTo(before);
                assertThat(fileOf(s, "person_key")).as("a new file for the key table").isNotEqualTo(keysBefore);
                try (ResultSet r = s.executeQuery("SELECT respondent FROM questionnaire_invitation")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).isEqualTo("p-kept");
                }
            }
        }
    }

    @Test
    void other_databases_are_not_touched_while_running() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:compaction-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = h2.getConnection()) {
            assertThat(KeyStorageCompaction.compactRunning(c)).isFalse();
        }
    }

    /** The table's file node: VACUUM FULL writes the table into a new one. */
    private static long fileOf(Statement s, String table) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT relfilenode FROM pg_class WHERE relname = '" + table + "'")) {
            assertThat(r.next()).isTrue();
            return r.getLong(1);
        }
    }
}
