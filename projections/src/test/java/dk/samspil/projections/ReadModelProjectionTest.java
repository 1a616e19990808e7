package dk.samspil.projections;

import dk.samspil.domain.instrument.Band;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.store.ReadModelBatch;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.samspil.projections.ReadModelFixture.RK;
import static dk.samspil.projections.ReadModelFixture.STUDY;
import static dk.samspil.projections.ReadModelFixture.W0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReadModelProjectionTest {

    private ReadModelFixture model;

    @BeforeEach
    void setUp() throws SQLException {
        model = new ReadModelFixture();
    }

    @AfterEach
    void tearDown() throws SQLException {
        model.close();
    }

    @Test
    void matrix_cell_is_the_mean_of_respondent_means_with_missing_answers_left_out() {
        List<Object> events = new ArrayList<>(model.structure());
        // respondent means: 4.5, 4, 3, 5, 2 (p4 answered two items, one missing) -> cell mean 3.7, n 5
        events.add(model.submitted("p1", "skole", "familie", Map.of("samarbejde", 4, "respekt", 5)));
        events.add(model.submitted("p2", "skole", "familie", Map.of("samarbejde", 4)));
        events.add(model.submitted("p3", "skole", "familie", Map.of("samarbejde", 3, "respekt", 3)));
        events.add(model.submitted("p4", "skole", "familie", withMissing("samarbejde", 5, "respekt")));
        events.add(model.submitted("p5", "skole", "familie", Map.of("samarbejde", 1, "respekt", 3)));
        // all missing: no respondent score, so not counted
        events.add(model.submitted("p6", "skole", "familie", withMissing("respekt", null, "samarbejde")));
        // only four familie respondents rate themselves: suppressed at k = 5
        for (String who : List.of("f1", "f2", "f3", "f4")) {
            events.add(model.submitted(who, "familie", "familie", Map.of("samarbejde", 5)));
        }
        model.deliver(model.track(events));

        RelationMatrix matrix = model.matrices.matrix(STUDY, W0, RK.ref(), AsOf.LATEST, FigureGate.open(5));
        MatrixCell between = matrix.cell(GroupKey.of("skole"), GroupKey.of("familie")).orElseThrow();
        assertThat(between.mean()).isCloseTo(3.7, within(1e-12));
        assertThat(between.n()).isEqualTo(5);
        assertThat(between.band()).isEqualTo(Band.MIDDLE);
        MatrixCell within = matrix.cell(GroupKey.of("familie"), GroupKey.of("familie")).orElseThrow();
        assertThat(within.suppressed()).isTrue();
        assertThat(within.mean()).isNull();
        assertThat(within.band()).isNull();
        assertThat(within.n()).isEqualTo(4);
        assertThat(matrix.asOfPosition()).isEqualTo(model.structure().size() + 10);
    }

    @Test
    void a_model_switched_to_a_file_rebuilt_beside_it_serves_and_extends_that_file(@TempDir Path dir) throws SQLException {
        List<Object> events = new ArrayList<>(model.structure());
        for (String who : List.of("p1", "p2", "p3", "p4", "p5")) {
            events.add(model.submitted(who, "skole", "familie", Map.of("samarbejde", 4)));
        }
        List<TrackedEventMessage<?>> history = model.track(events);
        Path rebuilt = dir.resolve("rebuilt.duckdb");
        try (ReadModelFixture beside = new ReadModelFixture(rebuilt, model.vault)) {
            beside.deliver(history);
        }
        model.deliver(history.subList(0, model.structure().size()));

        try (Connection before = model.store.connection()) {
            model.model.switchTo(rebuilt);
            // a query that began on the old file finishes there
            assertThat(count(before, "SELECT count(*) FROM submission")).isZero();
        }
        assertThat(model.count("SELECT count(*) FROM submission")).isEqualTo(5);
        assertThat(model.positions.applied()).isEqualTo(history.size());
        assertThat(model.store.file()).isEqualTo(rebuilt);

        model.deliver(history);
        assertThat(model.count("SELECT count(*) FROM submission")).isEqualTo(5);
        model.deliver(model.track(List.of(model.submitted("p6", "skole", "familie", Map.of("samarbejde", 2)))));
        assertThat(model.count("SELECT count(*) FROM submission")).isEqualTo(6);
        assertThat(model.matrices.matrix(STUDY, W0, RK.ref(), AsOf.LATEST, FigureGate.open(5)).cells().getFirst().mean())
                .isCloseTo((5 * 4 + 2) / 6.0, within(1e-12));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void a_redelivered_batch_changes_nothing() throws SQLException {
        List<Object> events = new ArrayList<>(model.structure());
        events.add(model.submitted("p1", "skole", "familie", Map.of("samarbejde", 4, "respekt", 5)));
        List<TrackedEventMessage<?>> batch = model.track(events);
        model.deliver(batch);
        Map<String, Long> before = counts();

        model.deliver(batch);
        model.deliver(batch.subList(3, batch.size()));

        assertThat(counts()).isEqualTo(before);
        assertThat(before.get("item_score")).isEqualTo(2);
    }

    @Test
    void as_of_a_position_between_submission_and_correction_shows_the_earlier_answers() {
        List<Object> events = new ArrayList<>(model.structure());
        for (String who : List.of("p1", "p2", "p3", "p4", "p5")) {
            events.add(model.submitted(who, "skole", "familie", Map.of("samarbejde", 4)));
        }
        model.deliver(model.track(events));
        long beforeCorrection = model.positions.applied();
        model.deliver(model.track(List.of(model.corrected("p1", "skole", "familie", Map.of("samarbejde", 1)))));

        double now = model.matrices.matrix(STUDY, W0, RK.ref(), AsOf.LATEST, FigureGate.open(5)).cells().getFirst().mean();
        double then = model.matrices.matrix(STUDY, W0, RK.ref(), new AsOf.Position(beforeCorrection), FigureGate.open(5)).cells().getFirst().mean();
        assertThat(now).isCloseTo((1 + 4 * 4) / 5.0, within(1e-12));
        assertThat(then).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void corrections_in_the_same_batch_as_their_submission_supersede_in_order() throws SQLException {
        List<Object> events = new ArrayList<>(model.structure());
        events.add(model.submitted("p1", "skole", "familie", Map.of("samarbejde", 4)));
        events.add(model.corrected("p1", "skole", "familie", Map.of("samarbejde", 3)));
        events.add(model.corrected("p1", "skole", "familie", Map.of("samarbejde", 2)));
        model.deliver(model.track(events));
        assertThat(model.count("SELECT count(*) FROM submission")).isEqualTo(3);
        assertThat(model.count("SELECT count(*) FROM submission WHERE superseded_pos IS NULL")).isEqualTo(1);
        assertThat(model.count("SELECT count(*) FROM submission s WHERE superseded_pos = "
                + "(SELECT min(recorded_pos) FROM submission t WHERE t.recorded_pos > s.recorded_pos)")).isEqualTo(2);
    }

    @Test
    void case_matrix_pools_person_level_ratings_by_the_groups_of_rater_and_rated() {
        List<Object> events = new ArrayList<>(model.structure());
        // five school professionals rate family workers f1 and f2 in two cases; f1 answered too, f2 did not
        for (int i = 1; i <= 5; i++) {
            events.add(model.submittedAboutPersons("s" + i, "skole", i <= 3 ? "k1" : "k2", Map.of("f1", i, "f2", 5)));
        }
        events.add(model.submitted("f1", "familie", "skole", Map.of("samarbejde", 4)));
        model.deliver(model.track(events));

        var pooled = model.model.caseMatrices().matrix(STUDY, W0, RK.ref(), List.of(), AsOf.LATEST, 5);
        var toFamily = pooled.cells().stream().filter(c -> c.targetGroup().equals("familie")).findFirst().orElseThrow();
        assertThat(toFamily.raterGroup()).isEqualTo("skole");
        assertThat(toFamily.mean()).isCloseTo((1 + 2 + 3 + 4 + 5) / 5.0, within(1e-12));
        assertThat(toFamily.n()).isEqualTo(5);
        assertThat(toFamily.cases()).isEqualTo(2);
        var toUnknown = pooled.cells().stream().filter(c -> c.targetGroup().equals("unknown")).findFirst().orElseThrow();
        assertThat(toUnknown.mean()).isCloseTo(5.0, within(1e-12));

        var oneCase = model.model.caseMatrices().matrix(STUDY, W0, RK.ref(), List.of("k1"), AsOf.LATEST, 5);
        assertThat(oneCase.cells()).allSatisfy(c -> {
            assertThat(c.n()).isEqualTo(3);
            assertThat(c.suppressed()).isTrue();
            assertThat(c.mean()).isNull();
        });
    }

    @Test
    void a_failing_batch_leaves_no_trace() throws SQLException {
        model.deliver(model.track(model.structure()));
        Map<String, Long> before = counts();
        ReadModelBatch batch = new ReadModelBatch();
        batch.append("event_log", 999L, java.time.Instant.now(), "Test", null, null, "should vanish");
        batch.execute("INSERT INTO no_such_table VALUES (1)");
        assertThatThrownBy(() -> model.writer.write("read-model", batch, "token")).isInstanceOf(SQLException.class);
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("study", "unit", "grp", "wave", "instrument", "submission", "item_score", "event_log")) {
            counts.put(table, model.count("SELECT count(*) FROM " + table));
        }
        counts.put("position", model.count("SELECT max(position) FROM projection_state"));
        return counts;
    }

    @Test
    void item_rows_read_back_exactly_as_answered_whether_a_row_holds_every_item_or_some() throws SQLException {
        Map<String, Integer> every = new HashMap<>();
        List<String> keys = RK.items().stream().map(i -> i.key().value()).toList();
        for (int i = 0; i < keys.size(); i++) {
            every.put(keys.get(i), i == 2 ? null : 1 + i % 5);
        }
        List<Object> events = new ArrayList<>(model.structure());
        events.add(model.submitted("p1", "skole", "familie", every));
        events.add(model.submitted("p2", "skole", "familie", Map.of(keys.get(4), 2, keys.get(1), 5)));
        model.deliver(model.track(events));

        List<String> rows = new ArrayList<>();
        try (Connection c = model.store.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT respondent_group, recorded_pos, item, answer, score FROM item_score ORDER BY recorded_pos, item")) {
            while (r.next()) {
                rows.add(r.getLong(2) + " " + r.getString(3) + " " + r.getObject(4) + " " + r.getObject(5));
            }
        }
        long p1 = model.structure().size() + 1;
        List<String> expected = new ArrayList<>();
        keys.stream().sorted().forEach(k -> {
            Integer score = every.get(k);
            expected.add(p1 + " " + k + " " + score + " " + score);
        });
        expected.add((p1 + 1) + " " + keys.get(1) + " 5 5");
        expected.add((p1 + 1) + " " + keys.get(4) + " 2 2");
        assertThat(rows).containsExactlyElementsOf(expected.stream().sorted(java.util.Comparator
                .comparing((String row) -> Long.parseLong(row.split(" ")[0])).thenComparing(row -> row.split(" ")[1])).toList());
        // the common case, every item in order, keeps no item list
        assertThat(model.count("SELECT count(*) FROM score_row WHERE items IS NULL AND answers IS NULL")).isEqualTo(1);
    }

    @Test
    void a_file_in_an_older_layout_is_emptied_for_a_rebuild(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("old.duckdb");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE projection_state (processor VARCHAR PRIMARY KEY, token VARCHAR, position BIGINT, updated_at TIMESTAMP)");
            s.execute("INSERT INTO projection_state VALUES ('read-model', 'x', 99, now())");
            s.execute("CREATE TABLE score_row (recorded_pos BIGINT, items VARCHAR)");
        }
        try (dk.samspil.projections.store.ReadModelStore store = dk.samspil.projections.store.ReadModelStore.open(file);
             Connection c = store.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM projection_state), (SELECT max(version) FROM read_model_format),"
                     + " (SELECT data_type FROM information_schema.columns WHERE table_name = 'score_row' AND column_name = 'items')")) {
            r.next();
            assertThat(r.getLong(1)).isZero();
            assertThat(r.getInt(2)).isEqualTo(dk.samspil.projections.store.ReadModelStore.FORMAT);
            assertThat(r.getString(3)).isEqualTo("SMALLINT[]");
        }
    }

    private static Map<String, Integer> withMissing(String item, Integer score, String missingItem) {
        Map<String, Integer> scores = new HashMap<>();
        if (score != null) {
            scores.put(item, score);
        } else {
            scores.put(item, null);
        }
        scores.put(missingItem, null);
        return scores;
    }
}
