package dk.samspil.ui.runtime.bench;

import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.BundleReader;
import dk.samspil.domain.intake.BundleSource;
import dk.samspil.domain.intake.StudyBundle;
import dk.samspil.domain.intake.ImportProgress;
import dk.samspil.domain.intake.ImportSummary;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.store.Sql;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.units.Scope;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Measures a running application on synthetic bundles: import, a bare scan of the events (the
 * floor any replay stands on), replay, query latencies, DuckDB against the event-store database
 * for the same aggregate, and peak memory. The read-model processor must not have been started.
 */
final class Benchmark {

    private static final InstrumentRef RK = InstrumentRef.parse("rk@1");

    /** The relation-matrix aggregate over item rows, as a row store holds them (matrix.sql without its unit filter). */
    private static final String H2_MATRIX = """
            WITH valid AS (
                SELECT recorded_pos FROM submission
                WHERE study = ? AND wave = ? AND instrument = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
            ),
            respondent_score AS (
                SELECT i.respondent_group AS rater_group, i.target AS target_group, i.recorded_pos, avg(i.score) AS score
                FROM item_score i JOIN valid v ON i.recorded_pos = v.recorded_pos
                WHERE i.study = ? AND i.wave = ? AND i.instrument = ?
                  AND i.target_kind = 'group' AND i.score IS NOT NULL AND i.respondent_group IS NOT NULL
                GROUP BY i.respondent_group, i.target, i.recorded_pos
            )
            SELECT rater_group, target_group, avg(score) AS mean, count(*) AS n
            FROM respondent_score GROUP BY rater_group, target_group ORDER BY rater_group, target_group""";
    private static final int WARM_UP = 10;

    private final ConfigurableApplicationContext app;
    private final Consumer<String> log;

    Benchmark(ConfigurableApplicationContext app, Consumer<String> log) {
        this.app = app;
        this.log = log;
    }

    BenchResult run(List<Path> bundles, int queries) throws Exception {
        BundleImporter importer = app.getBean(BundleImporter.class);
        long questionnaires = 0;
        long started = System.nanoTime();
        long readingNanos = 0;
        for (Path bundle : bundles) {
            long bundleStarted = System.nanoTime();
            StudyBundle read;
            try (BundleSource source = BundleSource.open(bundle)) {
                read = BundleReader.read(source, ImportProgress.SILENT);
            }
            long storingStarted = System.nanoTime();
            readingNanos += storingStarted - bundleStarted;
            ImportSummary summary = importer.importBundle(read, ImportProgress.SILENT);
            questionnaires += summary.questionnaires().total();
            log.accept(String.format("imported %s: %,d questionnaires in %.2f s (reading and checking %.2f s, storing %.2f s)",
                    bundle.getFileName(), summary.questionnaires().added(), seconds(bundleStarted),
                    (storingStarted - bundleStarted) / 1e9, seconds(storingStarted)));
        }
        double importSeconds = seconds(started);
        log.accept(String.format("import: %.1f s reading and checking the bundles, %.1f s storing the events",
                readingNanos / 1e9, importSeconds - readingNanos / 1e9));

        EventStore events = app.getBean(EventStore.class);
        started = System.nanoTime();
        long scanned = scan(events);
        double floorSeconds = seconds(started);
        log.accept(String.format("scanned and deserialised %,d events in %.1f s", scanned, floorSeconds));

        ReadModelSync sync = app.getBean(ReadModelSync.class);
        started = System.nanoTime();
        sync.rebuild(Duration.ofHours(6), at -> { });
        double replaySeconds = seconds(started);
        ReadModel model = app.getBean(ReadModel.class);
        long scores = count(model, "SELECT sum(len(scores)) FROM score_row");
        log.accept(String.format("replayed in %.1f s", replaySeconds));

        List<StudyWave> pairs = studyWaves(model);
        Random random = new Random(42);
        double[] matrix = latencies(queries, () -> {
            StudyWave p = pairs.get(random.nextInt(pairs.size()));
            return model.matrices().matrix(p.study(), p.wave(), RK, AsOf.LATEST, FigureGate.open(5));
        });
        double[] units = latencies(queries, () -> {
            StudyWave p = pairs.get(random.nextInt(pairs.size()));
            return model.units().indices(p.study(), p.wave(), RK, Scope.BETWEEN, AsOf.LATEST, FigureGate.open(5));
        });
        double[] timeline = latencies(queries, () -> model.timeline().timeline(pairs.get(random.nextInt(pairs.size())).study(), AsOf.LATEST));
        double[] outcomes = latencies(queries, () -> model.outcomes().monthly(pairs.get(random.nextInt(pairs.size())).study(),
                "months_from_concern_to_help", AsOf.LATEST, 5));
        double[] duckVersusH2 = duckDbAgainstH2(model, pairs.getFirst());

        return new BenchResult(scanned, questionnaires, scores, importSeconds, questionnaires / importSeconds, floorSeconds,
                replaySeconds, questionnaires / replaySeconds, scores / replaySeconds, replaySeconds / floorSeconds,
                percentile(matrix, 50), percentile(matrix, 95), percentile(units, 50), percentile(units, 95),
                percentile(timeline, 50), percentile(timeline, 95), percentile(outcomes, 50), percentile(outcomes, 95), duckVersusH2[0], duckVersusH2[1],
                duckVersusH2[1] / duckVersusH2[0], peakRssMib());
    }

    /** Reads every event and deserialises its payload, as any processor must: the floor of a replay. */
    private static long scan(EventStore events) {
        long count = 0;
        try (var stream = events.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (event.getPayload() != null) {
                    count++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning the events", e);
        }
        return count;
    }

    private record StudyWave(StudyId study, WaveKey wave) {
    }

    private static List<StudyWave> studyWaves(ReadModel model) {
        List<StudyWave> pairs = new ArrayList<>();
        for (StudySummary.Named named : model.catalog().studies()) {
            StudySummary study = model.catalog().study(StudyId.of(named.key()), AsOf.LATEST).orElseThrow();
            study.waves().forEach(w -> pairs.add(new StudyWave(study.study(), WaveKey.of(w.key()))));
        }
        return pairs;
    }

    /** Milliseconds per call, after a few calls to warm up. */
    private static double[] latencies(int calls, Supplier<Object> query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        double[] millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            long started = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /**
     * The relation-matrix aggregate of one study and wave in DuckDB and in H2 over the same rows:
     * the study's item scores and questionnaire versions copied into an in-memory H2 with indexes.
     */
    private double[] duckDbAgainstH2(ReadModel model, StudyWave pair) throws SQLException {
        String matrixSql = H2_MATRIX;
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0");
             Connection duck = model.store().connection()) {
            copyStudy(duck, h2, pair.study());
            long position = model.positions().applied();
            // matrix.sql's parameters in its order: no unit filter, no subgroup
            Object[] duckParameters = {null, null, pair.study().value(), position, position, pair.study().value(),
                    pair.wave().value(), RK.toString(), position, position, null, null, position, pair.study().value(), pair.wave().value(),
                    RK.toString(), null};
            Object[] h2Parameters = {pair.study().value(), pair.wave().value(), RK.toString(), position, position,
                    pair.study().value(), pair.wave().value(), RK.toString()};
            int duckCells = runMatrix(duck, Sql.load("matrix.sql"), duckParameters);
            int h2Cells = runMatrix(h2, matrixSql, h2Parameters);
            if (duckCells != h2Cells || duckCells == 0) {
                throw new IllegalStateException("DuckDB gives " + duckCells + " cells, H2 " + h2Cells + ": not the same aggregate");
            }
            double duckMillis = median(() -> runMatrix(duck, Sql.load("matrix.sql"), duckParameters));
            double h2Millis = median(() -> runMatrix(h2, matrixSql, h2Parameters));
            log.accept(String.format("same matrix aggregate: DuckDB %.1f ms, H2 %.1f ms", duckMillis, h2Millis));
            return new double[]{duckMillis, h2Millis};
        }
    }

    private static void copyStudy(Connection duck, Connection h2, StudyId study) throws SQLException {
        try (Statement s = h2.createStatement()) {
            s.execute("CREATE TABLE submission (recorded_pos BIGINT, study VARCHAR, wave VARCHAR, instrument VARCHAR, superseded_pos BIGINT)");
            s.execute("CREATE TABLE item_score (recorded_pos BIGINT, study VARCHAR, wave VARCHAR, instrument VARCHAR,"
                    + " respondent_group VARCHAR, target_kind VARCHAR, target VARCHAR, score SMALLINT)");
        }
        copy(duck, h2, "SELECT recorded_pos, study, wave, instrument, superseded_pos FROM submission WHERE study = ?",
                "INSERT INTO submission VALUES (?, ?, ?, ?, ?)", study, 5);
        copy(duck, h2, "SELECT recorded_pos, study, wave, instrument, respondent_group, target_kind, target, score FROM item_score WHERE study = ?",
                "INSERT INTO item_score VALUES (?, ?, ?, ?, ?, ?, ?, ?)", study, 8);
        try (Statement s = h2.createStatement()) {
            s.execute("CREATE INDEX submission_by_wave ON submission (study, wave, instrument, recorded_pos)");
            s.execute("CREATE INDEX item_score_by_version ON item_score (recorded_pos)");
            s.execute("CREATE INDEX item_score_by_wave ON item_score (study, wave, instrument)");
        }
    }

    private static void copy(Connection from, Connection to, String select, String insert, StudyId study, int columns) throws SQLException {
        try (PreparedStatement read = from.prepareStatement(select); PreparedStatement write = to.prepareStatement(insert)) {
            read.setString(1, study.value());
            try (ResultSet r = read.executeQuery()) {
                int pending = 0;
                while (r.next()) {
                    for (int c = 1; c <= columns; c++) {
                        write.setObject(c, r.getObject(c));
                    }
                    write.addBatch();
                    if (++pending % 10_000 == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
    }

    private interface Timed {
        Object run() throws SQLException;
    }

    private static double median(Timed query) throws SQLException {
        double[] millis = new double[7];
        query.run();
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            query.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    private static int runMatrix(Connection c, String sql, Object[] parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            int cells = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    r.getDouble(3);
                    cells++;
                }
            }
            return cells;
        }
    }

    private static long count(ReadModel model, String sql) throws SQLException {
        try (Connection c = model.store().connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** The process's peak resident memory (Linux), in MiB; -1 where it cannot be read. */
    static long peakRssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
