package dk.samspil.projections.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-model changes of one batch of events, written to DuckDB together with the batch's
 * tracking token in one transaction: bulk rows through the Appender, then the ordered statements.
 */
public final class ReadModelBatch {

    /** A parameterised statement, run in event order after the bulk rows are appended. */
    public record Statement(String sql, List<Object> parameters) {
    }

    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private final List<Statement> statements = new ArrayList<>();
    private final Map<Versioned, List<Object[]>> corrections = new LinkedHashMap<>();

    /** A table with one row per version of a fact, keyed by an id column and recorded_pos. */
    public enum Versioned {
        SUBMISSION("submission", "submission_id"),
        OUTCOME("outcome", "series_id || '|' || outcome || '|' || measured_on");

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
