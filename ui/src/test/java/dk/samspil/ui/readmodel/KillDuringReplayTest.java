package dk.samspil.ui.readmodel;

import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.ui.SamspilApplication;
import dk.samspil.ui.demo.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 in the middle of a replay, twice, then replaying again: the read model is identical,
 * table by table, to an uninterrupted rebuild.
 */
class KillDuringReplayTest {

    @TempDir
    Path dir;

    @Test
    void a_replay_killed_midway_and_run_again_equals_a_clean_rebuild() throws Exception {
        Path bundle = dir.resolve("bundle");
        new SyntheticStudy("kommune", "Prøvekommune", "kill", "Kill test", "Test", "bu", "Børn og Unge",
                SyntheticStudy.pairs("d1", "D1", "d2", "D2", "d3", "D3", "d4", "D4", "d5", "D5", "d6", "D6"),
                SyntheticStudy.pairs("g1", "G1", "g2", "G2", "g3", "G3", "g4", "G4", "g5", "G5", "g6", "G6", "g7", "G7", "g8", "G8"),
                20, true, 8, 4, LocalDate.of(2024, 1, 8), 2, 7L).write(bundle);
        Path data = dir.resolve("data");
        finishes(samspil(data, "import", bundle.toString()));

        for (int progressLines : new int[]{1, 4}) {
            Process replay = samspil(data, "replay", "--progress");
            try (BufferedReader err = new BufferedReader(new InputStreamReader(replay.getErrorStream(), StandardCharsets.UTF_8))) {
                int seen = 0;
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    if (line.startsWith("replaying events:") && ++seen == progressLines) {
                        replay.destroyForcibly();
                        break;
                    }
                }
            }
            replay.waitFor(1, TimeUnit.MINUTES);
            assertThat(replay.exitValue()).as("killed, not finished").isNotZero();
        }
        finishes(samspil(data, "replay"));
        Map<String, String> resumed = checksums(data);

        finishes(samspil(data, "replay"));
        assertThat(checksums(data)).isEqualTo(resumed);
        assertThat(resumed.get("score_row")).doesNotStartWith("0 ");
    }

    private static void finishes(Process process) throws InterruptedException {
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
        assertThat(process.exitValue()).as("exit value").isZero();
    }

    /** Count and order-free hash of every read-model table (the processor's own state excepted, which holds clock times). */
    private static Map<String, String> checksums(Path data) throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("readmodel.duckdb"), readOnly);
             Statement s = c.createStatement()) {
            for (String table : ReadModelBatches.TABLES) {
                String sql = table.equals("projection_state")
                        ? "SELECT count(*), sum(position) FROM projection_state"
                        : "SELECT count(*), coalesce(sum(hash(t)), 0) FROM " + table + " t";
                try (ResultSet r = s.executeQuery(sql)) {
                    r.next();
                    sums.put(table, r.getLong(1) + " " + r.getString(2));
                }
            }
        }
        return sums;
    }

    /** Starts ./samspil in a process of its own, as the launcher would. */
    private static Process samspil(Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                SamspilApplication.class.getName(), "--data", data.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
