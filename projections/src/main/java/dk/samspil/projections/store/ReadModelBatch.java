package dk.samspil.projections.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-model changes of one batch of events, written to DuckDB together with the batch's
 * tracking token in one transaction: bulk rows through the Appender, then the ordered statements,
 * and last the corrections.
 */
public final class ReadModelBatch {

    /** A parameterised statement, run in event order after the bulk rows are appended. */
    public record Statement(String sql, List<Object> parameters) {
    }

    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private final List<Statement> statements = new ArrayList<>();
    private final Map<String, Expansion> expansions = new LinkedHashMap<>();

    /**
     * Work a handler gathers during a batch and turns into rows only when the batch is written,
     * so it can be done for all the batch's events at once (and in parallel).
     */
    public interface Expansion {
        void expandInto(ReadModelBatch batch);
    }
    private final Map<Versioned, List<Object[]>> corrections = new LinkedHashMap<>();

    /** A table with one row per version of a fact, keyed by an id column and recorded_pos. */
    public enum Versioned {
        SUBMISSION("submission", "submission_id"),
        OUTCOME("outcome", "series_id || '|' || outcome || '|' || measured_on"),
        RELATION("relation", "study || '|' || from_group || '|' || to_group"),
        ATTRIBUTE("person_attribute", "series_id || '|' || attribute || '|' || coalesce(wave, CAST(valid_from AS VARCHAR))"),
        STUDY_ATTRIBUTE("study_attribute", "study || '|' || attribute");

        final String table;
        final String key;

        Versioned(String table, String key) {
            this.table = table;
            this.key = key;
        }
    }
    private long position = -1;

    /** Queues a row for a table, its values in the table's column order. */
    public void append(String table, Object... values) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
    }

    /** Queues a statement; statements run in the order they were queued. */
    public void execute(String sql, Object... parameters) {
        statements.add(new Statement(sql, java.util.Arrays.asList(parameters)));
    }

    /**
     * Queues a revision of a fact: {@code supersede} ends its current row at {@code position}, then {@code next}
     * records the next version there. Both take the position and the key first, {@code next} the values after them.
     */
    public void revise(String supersede, String next, long position, List<?> key, Object... values) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(position);
        parameters.addAll(key);
        statements.add(new Statement(supersede, new ArrayList<>(parameters)));
        parameters.addAll(java.util.Arrays.asList(values));
        statements.add(new Statement(next, parameters));
    }

    /** The batch's expansion under a key, created on first use. */
    @SuppressWarnings("unchecked")
    public <T extends Expansion> T expansion(String key, java.util.function.Supplier<T> create) {
        return (T) expansions.computeIfAbsent(key, k -> create.get());
    }

    /** Lets every expansion add its rows; called once, just before the batch is written. */
    void expand() {
        expansions.values().forEach(e -> e.expandInto(this));
        expansions.clear();
    }

    /** Marks every earlier version of a fact as superseded at this position (a correction or a retraction). */
    public void supersede(Versioned table, String key, long position) {
        corrections.computeIfAbsent(table, t -> new ArrayList<>()).add(new Object[]{key, position});
    }

    void advanceTo(long eventPosition) {
        position = Math.max(position, eventPosition);
    }

    long position() {
        return position;
    }

    Map<String, List<Object[]>> rows() {
        return rows;
    }

    List<Statement> statements() {
        return statements;
    }

    Map<Versioned, List<Object[]>> corrections() {
        return corrections;
    }

    public int size() {
        return rows.values().stream().mapToInt(List::size).sum() + statements.size()
                + corrections.values().stream().mapToInt(List::size).sum();
    }
}
