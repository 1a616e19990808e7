package dk.samspil.projections;

import dk.samspil.domain.export.ResearchExported;
import dk.samspil.domain.shared.PartnerId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A batch the read model cannot hold stops writing, leaves nothing of itself, and says so without waiting for another event. */
class ReadModelWriteFailureTest {

    @Test
    void a_failed_batch_is_reported_at_once_and_nothing_of_it_is_stored() throws Exception {
        try (ReadModelFixture f = new ReadModelFixture()) {
            f.deliver(f.track(f.structure()));
            long before = f.model.batches().appliedPosition();
            List<Object> broken = new ArrayList<>();
            broken.add(f.submitted("r1", "skole", "familie", Map.of("samarbejde", 4)));
            // an export event without its agreement breaks the table's NOT NULL rule
            broken.add(new ResearchExported(ReadModelFixture.STUDY, PartnerId.of("ku"), 3, 5, false, "ab".repeat(32), null, false, "test"));
            f.deliver(f.track(broken));

            assertThat(f.model.batches().failure()).hasValueSatisfying(e -> assertThat(e).hasMessageContaining("research_export"));
            assertThat(f.model.batches().appliedPosition()).isEqualTo(before);
            assertThat(f.count("SELECT count(*) FROM submission")).isZero();
            assertThatThrownBy(() -> f.deliver(f.track(List.of(f.submitted("r2", "skole", "familie", Map.of("samarbejde", 3))))))
                    .hasMessageContaining("could not be written");
        }
    }
}
