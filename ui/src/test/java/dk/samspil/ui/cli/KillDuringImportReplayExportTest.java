package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.exports.ResearchExporter;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.ui.SamspilApplication;
import dk.samspil.ui.runtime.demo.SyntheticStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 at random moments of an import, a replay and an export, four times each in the test suite
 * (twenty with ./samspil bench kills), in a process
 * of its own as the launcher starts it: afterwards a bundle is stored whole or not at all, an export
 * folder is whole or absent, a re-run completes, and the read model equals a clean rebuild.
 * Each kill falls at a random delay after the command has begun its work (its read model opened, a progress line, the export's
 * folder being built), drawn from how long that work takes when not killed.
 */
// busy on every core (threads, node JVMs, kills): run alone, after the classes that share the two test JVMs
@org.junit.jupiter.api.Tag("one-at-a-time")
class KillDuringImportReplayExportTest {

    private static final int KILLS = Integer.getInteger("samspil.kills", 4);
    private static final long SEED = Long.getLong("samspil.kill-seed", System.nanoTime());

    @TempDir
    static Path dir;
    static Path bundle;
    private final Random random = new Random(SEED);

    @BeforeAll
    static void smallBundle() throws IOException {
        bundle = dir.resolve("bundle");
        new SyntheticStudy("kommune", "Prøvekommune", "kill", "Kill test", "Test", "bu", "Børn og Unge",
                SyntheticStudy.pairs("d1", "D1", "d2", "D2", "d3", "D3", "d4", "D4"),
                SyntheticStudy.pairs("g1", "G1", "g2", "G2", "g3", "G3", "g4", "G4", "g5", "G5"),
                6, true, 4, 3, LocalDate.of(2024, 1, 8), 1, 11L, false).write(bundle);
    }

    @Test
    void an_import_killed_at_random_moments_stores_the_whole_bundle_or_none_of_it_and_a_rerun_completes() throws Exception {
        long started = System.nanoTime();
        Path clean = dir.resolve("import-clean");
        Timed calibration = Timed.run(samspil(clean, "import", bundle.toString()), log(clean), started(clean));
        long events = events(clean);
        assertThat(events).isPositive();
        Map<String, String> reference = checksums(clean);
        rebuild(clean);
        assertThat(checksums(clean)).as("a clean import's read model is a clean rebuild's").isEqualTo(reference);

        int killed = 0;
        int lost = 0;
        for (int i = 0; i < KILLS; i++) {
            Path data = dir.resolve("import-" + i);
            killed += killAtRandom(samspil(data, "import", bundle.toString()), started(data), calibration) ? 1 : 0;
            assertThat(events(data)).as("events stored by import %d, killed (seed %d)", i, SEED).isIn(0L, events);

            Cli.Result rerun = Cli.run("--data", data.toString(), "import", bundle.toString());
            assertThat(rerun.exit()).as(rerun.err()).isZero();
            lost += rerun.err().contains("rebuilding the read model") ? 1 : 0;
            assertThat(events(data)).isEqualTo(events);
            Map<String, String> incremental = checksums(data);
            if (!incremental.equals(reference)) {
                // positions moved by a rolled-back import: compare with a rebuild of this very store
                rebuild(data);
                assertThat(checksums(data)).as("read model after killed import %d and its re-run (seed %d)", i, SEED).isEqualTo(incremental);
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%d of %d imports killed before they finished (work takes %d ms unkilled), %d re-runs found the read model"
                        + " ahead of the event store; %.0f s in all, seed %d%n", killed, KILLS,
                calibration.workMillis(), lost, (System.nanoTime() - started) / 1e9, SEED);
        assertThat(killed).as("imports killed before they finished").isGreaterThanOrEqualTo(KILLS / 2);
    }

    @Test
    void a_replay_killed_at_random_moments_and_run_again_equals_a_clean_rebuild() throws Exception {
        long started = System.nanoTime();
        Path data = dir.resolve("replay");
        assertThat(Cli.run("--data", data.toString(), "import", bundle.toString()).exit()).isZero();
        rebuild(data);
        Map<String, String> clean = checksums(data);
        // the first replay of a store is the slowest (cold caches): timed twice, the kills aim within the quicker
        Timed calibration = Timed.quicker(Timed.run(samspil(data, "replay", "--progress"), log(data), working(log(data), "replaying events:")),
                Timed.run(samspil(data, "replay", "--progress"), log(data), working(log(data), "replaying events:")));

        int killed = 0;
        for (int i = 0; i < KILLS; i++) {
            killed += killAtRandom(samspil(data, "replay", "--progress"), working(log(data), "replaying events:"), calibration) ? 1 : 0;
            rebuild(data);
            assertThat(checksums(data)).as("read model after killed replay %d (seed %d)", i, SEED).isEqualTo(clean);
        }
        System.out.printf(java.util.Locale.ROOT, "%d of %d replays killed before they finished (work takes %d ms unkilled); %.0f s in all, seed %d%n",
                killed, KILLS, calibration.workMillis(), (System.nanoTime() - started) / 1e9, SEED);
        assertThat(killed).as("replays killed before they finished").isGreaterThanOrEqualTo(KILLS / 2);
    }

    @Test
    void an_export_killed_at_random_moments_leaves_a_whole_export_or_none_and_a_rerun_completes() throws Exception {
        long started = System.nanoTime();
        Path data = dir.resolve("export");
        assertThat(Cli.run("--data", data.toString(), "import", bundle.toString()).exit()).isZero();
        assertThat(Cli.run("partner", "agree", "--data", data.toString(), "--partner", "aau", "--agreement", "AAU-1", "--microdata").exit()).isZero();
        Path exports = dir.resolve("exports");
        Timed calibration = Timed.run(export(data, exports.resolve("clean")), log(data), building(exports, "clean"));
        long recorded = recordedExports(data);

        int killed = 0;
        int lost = 0;
        for (int i = 0; i < KILLS; i++) {
            Path out = exports.resolve("e" + i);
            killed += killAtRandom(export(data, out), building(exports, "e" + i), calibration) ? 1 : 0;
            lost += Files.readString(log(data)).contains("rebuilding the read model") ? 1 : 0;
            if (Files.exists(out)) {
                // finished before the kill: whole, and recorded in the history
                assertWhole(out);
                assertThat(recordedExports(data)).as("export %d is in place, so it is recorded", i).isEqualTo(recorded + 1);
            } else {
                Cli.Result rerun = Cli.run("export", "--data", data.toString(), "--study", "kill", "--partner", "aau", "--out", out.toString());
                assertThat(rerun.exit()).as(rerun.err()).isZero();
                lost += rerun.err().contains("rebuilding the read model") ? 1 : 0;
                assertWhole(out);
            }
            recorded = recordedExports(data);
            try (Stream<Path> left = Files.list(exports)) {
                assertThat(left.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".")))
                        .as("partial export folders after export %d", i).isEmpty();
            }
        }
        // the last export may be killed once delivered but before the read model took its record: the next start catches up
        Cli.Result next = Cli.run("--data", data.toString(), "log", "--limit", "1");
        assertThat(next.exit()).as(next.err()).isZero();
        Map<String, String> incremental = checksums(data);
        rebuild(data);
        assertThat(checksums(data)).as("read model after the killed exports (seed %d)", SEED).isEqualTo(incremental);
        System.out.printf(java.util.Locale.ROOT, "%d of %d exports killed before they finished (work takes %d ms unkilled), %d starts found the read model"
                        + " ahead of the event store; %.0f s in all, seed %d%n", killed, KILLS,
                calibration.workMillis(), lost, (System.nanoTime() - started) / 1e9, SEED);
        assertThat(killed).as("exports killed before they finished").isGreaterThanOrEqualTo(KILLS / 2);
    }

    @Test
    void a_read_model_holding_events_the_store_lost_is_rebuilt_at_the_next_start() throws Exception {
        Path data = dir.resolve("lost");
        assertThat(Cli.run("--data", data.toString(), "import", bundle.toString()).exit()).isZero();
        // what H2 leaves when killed after showing the newest commits but before writing them
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("events").resolve("samspil"));
             Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("DELETE FROM DomainEventEntry WHERE globalIndex > (SELECT max(globalIndex) - 50 FROM DomainEventEntry)"))
                    .isEqualTo(50);
        }
        Cli.Result agreed = Cli.run("partner", "agree", "--data", data.toString(), "--partner", "aau", "--agreement", "AAU-1");
        assertThat(agreed.exit()).as(agreed.err()).isZero();
        assertThat(agreed.err()).contains("rebuilding the read model");
        Map<String, String> started = checksums(data);
        rebuild(data);
        assertThat(checksums(data)).isEqualTo(started);
    }

    /**
     * Waits for the command to begin its work, then kills it at a random delay within that work's duration.
     *
     * @return whether it was killed (rather than done before the kill)
     */
    private boolean killAtRandom(Process process, BooleanSupplier working, Timed calibration) throws Exception {
        waitFor(process, working);
        // within the first three quarters of the calibrated work: a later run with warm caches is quicker than the calibration
        // (CI: 1 of 4 exports killed when the whole calibrated time was drawn from)
        Thread.sleep(random.nextLong(Math.max(1, calibration.workMillis() * 3 / 4)));
        boolean running = process.isAlive();
        process.destroyForcibly();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return running;
    }

    /** How long a command takes from starting its work to exiting, when nothing kills it. */
    private record Timed(long workMillis) {
        static Timed quicker(Timed one, Timed other) {
            return one.workMillis <= other.workMillis ? one : other;
        }

        static Timed run(Process process, Path log, BooleanSupplier working) throws Exception {
            waitFor(process, working);
            long started = System.nanoTime();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(Files.exists(log) ? Files.readString(log) : "").isZero();
            return new Timed((System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void waitFor(Process process, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.getAsBoolean() && process.isAlive()) {
            assertThat(System.nanoTime()).as("the command began its work in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static BooleanSupplier working(Path log, String line) {
        return () -> {
            try {
                return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).lines().anyMatch(l -> l.startsWith(line));
            } catch (IOException e) {
                return false;
            }
        };
    }

    /** The application has opened the data folder's read model, early in its start (a small import prints no progress). */
    private static BooleanSupplier started(Path data) {
        return () -> Files.exists(data.resolve("readmodel.duckdb"));
    }

    /** The exporter builds beside its target in a folder named after it. */
    private static BooleanSupplier building(Path exports, String name) {
        return () -> {
            try (Stream<Path> entries = Files.list(exports)) {
                return entries.anyMatch(p -> p.getFileName().toString().startsWith("." + name + ".partial-"));
            } catch (IOException e) {
                return false;
            }
        };
    }

    private static void assertWhole(Path out) throws Exception {
        JsonNode manifest = DomainJson.mapper().readTree(out.resolve("manifest.json").toFile());
        for (JsonNode file : manifest.get("files")) {
            assertThat(ResearchExporter.sha256(out.resolve(file.get("name").asText()))).as("%s in %s", file.get("name"), out)
                    .isEqualTo(file.get("sha256").asText());
        }
    }

    private static void rebuild(Path data) {
        Cli.Result replay = Cli.run("--data", data.toString(), "replay");
        assertThat(replay.exit()).as(replay.err()).isZero();
    }

    private static long events(Path data) throws Exception {
        return single(data, "SELECT count(*) FROM DomainEventEntry");
    }

    private static long recordedExports(Path data) throws Exception {
        return single(data, "SELECT count(*) FROM DomainEventEntry WHERE payloadType = 'dk.samspil.domain.export.ResearchExported'");
    }

    private static long single(Path data, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("events").resolve("samspil"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Count and order-free hash of every read-model table (the processor's own state excepted, which holds clock times). */
    private static Map<String, String> checksums(Path data) throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        Path pointer = data.resolve("readmodel.current");
        Path file = data.resolve(Files.exists(pointer) ? Files.readString(pointer).strip() : "readmodel.duckdb");
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly); Statement s = c.createStatement()) {
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

    private static Path log(Path data) {
        return data.resolveSibling(data.getFileName() + ".stderr");
    }

    private static Process export(Path data, Path out) throws IOException {
        return samspil(data, "export", "--study", "kill", "--partner", "aau", "--out", out.toString());
    }

    /** Starts ./samspil in a process of its own, as the launcher would; its stderr goes to a file beside the data folder. */
    private static Process samspil(Path data, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED"));
        // a run that is killed never profits from C2, whose compiler threads slow the start on two cores to double
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                SamspilApplication.class.getName(), "--data", data.toString()));
        command.addAll(List.of(args));
        Files.deleteIfExists(log(data));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log(data).toFile()).start();
    }
}
