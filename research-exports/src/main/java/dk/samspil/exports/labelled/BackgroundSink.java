package dk.samspil.exports.labelled;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands rows to other sinks on a thread of its own, in batches and in order: reading the rows and writing them then
 * take turns on two cores instead of one. Closing waits until every row is written and reports the first failure;
 * the sinks it writes to stay open, for their owner to close.
 */
public final class BackgroundSink implements RowSink {

    private static final int BATCH = 1024;
    private static final List<Object[]> END = List.of();

    private final List<RowSink> sinks;
    private final BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(8);
    private final Thread writer;
    private volatile Throwable failure;
    private List<Object[]> batch = new ArrayList<>(BATCH);

    public BackgroundSink(List<RowSink> sinks) {
        this.sinks = List.copyOf(sinks);
        this.writer = Thread.ofPlatform().name("labelled-writer").start(this::write);
    }

    /** Takes the row as it is: the caller gives each row an array of its own. */
    @Override
    public void row(Object[] values) throws IOException {
        batch.add(values);
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    @Override
    public void close() throws IOException {
        if (!batch.isEmpty()) {
            handOver();
        }
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the rows were written", e);
        }
        rethrow();
    }

    private void handOver() throws IOException {
        rethrow();
        put(batch);
        batch = new ArrayList<>(BATCH);
    }

    private void put(List<Object[]> rows) throws IOException {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while handing rows over", e);
        }
    }

    /** Writes every batch to every sink until the end; after a failure it only takes batches, so the reader never waits forever. */
    private void write() {
        try {
            for (List<Object[]> rows = queue.take(); rows != END; rows = queue.take()) {
                if (failure != null) {
                    continue;
                }
                try {
                    for (Object[] row : rows) {
                        for (RowSink sink : sinks) {
                            sink.row(row);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    private void rethrow() throws IOException {
        switch (failure) {
            case null -> { }
            case IOException e -> throw new IOException(e.getMessage(), e);
            case RuntimeException e -> throw e instanceof IllegalArgumentException ? new IllegalArgumentException(e.getMessage(), e)
                    : new IllegalStateException(e.getMessage(), e);
            case Error e -> throw e;
            default -> throw new IOException(failure);
        }
    }
}
