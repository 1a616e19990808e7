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
    private final List<Object[]> corrections = new ArrayList<>();
    private long position = -1;

    /** Queues a row for a table, its values in the table's column order. */
    public void append(String table, Object... values) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
    }

    /** Queues a statement; statements run in the order they were queued. */
    public void execute(String sql, Object... parameters) {
        statements.add(new Statement(sql, java.util.Arrays.asList(parameters)));
    }

    /** Marks every earlier version of a questionnaire as superseded at this position. */
    public void supersedeSubmission(String submissionId, long position) {
        corrections.add(new Object[]{submissionId, position});
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

    List<Object[]> corrections() {
        return corrections;
    }

    public int size() {
        return rows.values().stream().mapToInt(List::size).sum() + statements.size() + corrections.size();
    }
}
