package dk.samspil.exports.parquet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ParquetCopyTest {

    @Test
    void enum_columns_over_many_row_groups_are_written_to_the_same_bytes_every_time(@TempDir Path dir) throws Exception {
        Properties twoThreads = new Properties();
        twoThreads.setProperty("threads", "2");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", twoThreads); Statement s = c.createStatement()) {
            s.execute("CREATE TYPE wave_t AS ENUM (SELECT 'm' || i FROM range(8) t(i) ORDER BY 1)");
            s.execute("CREATE TYPE who_t AS ENUM (SELECT printf('r-%016x', hash(i)) FROM range(1300) t(i) ORDER BY 1)");
            // several row groups (122,880 rows each), sorted the way an export sorts
            s.execute("""
                    CREATE TABLE rows AS SELECT ('m' || (i % 8))::wave_t AS wave, printf('r-%016x', hash(i % 1300))::who_t AS respondent,
                           CAST(i % 5 + 1 AS TINYINT) AS score
                    FROM range(600000) t(i) ORDER BY wave, respondent, i""");
            Set<String> hashes = new HashSet<>();
            for (int i = 0; i < 6; i++) {
                Path file = dir.resolve("rows" + i + ".parquet");
                assertThat(ParquetCopy.write(c, "rows", file)).isEqualTo(600_000);
                hashes.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
            assertThat(hashes).as("distinct file hashes").hasSize(1);
            // the same rows as VARCHAR are written on every thread, and to the same bytes too
            s.execute("CREATE TABLE plain AS SELECT wave::VARCHAR AS wave, respondent::VARCHAR AS respondent, score FROM rows");
            Set<String> plain = new HashSet<>();
            for (int i = 0; i < 4; i++) {
                Path file = dir.resolve("plain" + i + ".parquet");
                ParquetCopy.write(c, "plain", file);
                plain.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
            assertThat(plain).as("distinct file hashes of VARCHAR columns").hasSize(1);
            try (ResultSet r = s.executeQuery("SELECT current_setting('threads')")) {
                r.next();
                assertThat(r.getInt(1)).as("threads put back").isEqualTo(2);
            }
        }
    }
}
