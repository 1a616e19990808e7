package dk.samspil.ui.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The same import-then-report check as on H2, with the event store in a real PostgreSQL. */
class PostgresEventStoreTest {

    @TempDir
    Path data;

    private EmbeddedPostgres postgres;

    @BeforeEach
    void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        // what a user does: point spring.datasource at PostgreSQL (SPRING_DATASOURCE_URL works the same)
        System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "postgres");
    }

    @AfterEach
    void stopPostgres() throws Exception {
        System.clearProperty("spring.datasource.url");
        System.clearProperty("spring.datasource.username");
        System.clearProperty("spring.datasource.password");
        postgres.close();
    }

    @Test
    void import_then_report_matches_the_reference_with_events_in_postgresql() throws Exception {
        Cli.Result imported = Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2208 questionnaires added");

        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), max(globalIndex) FROM DomainEventEntry")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(MiniSampleAcceptanceTest.MINI_EVENTS);
        }

        MiniMatrix.assertMatches(Cli.run("report", "matrix", "--data", data.toString(), "--study", "mini", "--wave", "w0", "--format", "json"));

        Cli.Result again = Cli.run("--data", data.toString(), "import", Cli.sample("mini").toString());
        assertThat(again.out()).contains("0 questionnaires added, 0 corrected, 2208 unchanged");
    }
}
