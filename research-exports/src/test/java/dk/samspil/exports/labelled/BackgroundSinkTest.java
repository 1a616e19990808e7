package dk.samspil.exports.labelled;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundSinkTest {

    /** Keeps what it is given; fails at the row numbered {@code failAt} (0: never). */
    private static final class Keeping implements RowSink {
        final List<Object> rows = new ArrayList<>();
        final int failAt;

        Keeping(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void row(Object[] values) {
            rows.add(values[0]);
            if (rows.size() == failAt) {
                throw new IllegalArgumentException("note, row " + failAt + ": too wide");
            }
        }

        @Override
        public void close() {
        }
    }

    @Test
    void every_row_reaches_every_sink_in_order() throws IOException {
        Keeping a = new Keeping(0);
        Keeping b = new Keeping(0);
        try (RowSink both = new BackgroundSink(List.of(a, b))) {
            for (long i = 0; i < 10_000; i++) {
                both.row(new Object[]{i});
            }
        }
        assertThat(a.rows).hasSize(10_000).isEqualTo(b.rows);
        assertThat(a.rows.get(9_999)).isEqualTo(9_999L);
    }

    @Test
    void a_sinks_failure_reaches_the_reader_with_its_message_and_never_blocks_it() {
        RowSink both = new BackgroundSink(List.of(new Keeping(5)));
        assertThatThrownBy(() -> {
            try (both) {
                // far more rows than the queue holds: the reader must not wait for a writer that has stopped writing
                for (long i = 0; i < 100_000; i++) {
                    both.row(new Object[]{i});
                }
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("note, row 5: too wide");
    }
}
