package dk.samspil.projections.disclosure;

import dk.samspil.projections.store.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FigureGateTest {

    /** A gate that decides by who counts, as a release point's does. */
    private record ByWho(int k) implements FigureGate {
        @Override
        public Figure figure(FigureKey key, Double mean, int n, List<String> contributors) {
            return contributors.contains("1:*") ? Figure.of(mean, n, k) : new Figure(null, n, true);
        }
    }

    @Test
    void only_a_gate_that_decides_by_who_counts_asks_queries_for_them() {
        assertThat(FigureGate.open(5).readsContributors()).isFalse();
        assertThat(FigureGate.countsOnly(5).readsContributors()).isFalse();
        assertThat(FigureGate.open(5).atLeast(7).readsContributors()).isFalse();
        assertThat(new ByWho(5).readsContributors()).isTrue();
        // a stricter k over a release's decisions still needs them for those decisions
        assertThat(new ByWho(5).atLeast(7).readsContributors()).isTrue();
    }

    @Test
    void a_stricter_gate_passes_who_counts_to_the_gate_it_tightens() {
        FigureGate stricter = new ByWho(5).atLeast(7);

        assertThat(stricter.figure(FigureKey.cell("w0", "rk@1", null, "a", "b"), 3.0, 8, List.of("1:*")).mean()).isEqualTo(3.0);
        assertThat(stricter.figure(FigureKey.cell("w0", "rk@1", null, "a", "b"), 3.0, 8, List.of("2:*")).suppressed()).isTrue();
        assertThat(stricter.figure(FigureKey.cell("w0", "rk@1", null, "a", "b"), 3.0, 6, List.of("1:*")).suppressed()).isTrue();
    }
}
