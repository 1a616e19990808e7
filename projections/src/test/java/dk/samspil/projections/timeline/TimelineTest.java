package dk.samspil.projections.timeline;

import dk.samspil.domain.shared.StudyId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    @Test
    void a_units_timeline_keeps_its_changes_also_those_that_concern_no_other_unit() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        Timeline timeline = new Timeline(StudyId.of("s"), 10, List.of(), List.of(),
                List.of(new Timeline.Intervention("i1", "handleteam", "Handleteam", List.of("d04"), List.of(), "started", day, null),
                        new Timeline.Intervention("i2", "handleteam", "Handleteam", List.of("d05"), List.of(), "started", day, null)),
                List.of(new Timeline.Change("c1", "d04", null, day, "Ny leder"), new Timeline.Change("c2", "d05", "d04", day, "Flyttet"),
                        new Timeline.Change("c3", "d06", null, day, "Ny leder")));

        // an immutable set, as the catalogue gives the units below a unit: it refuses to be asked for null
        Timeline within = timeline.within(Set.of("d04"));

        assertThat(within.interventions()).extracting(Timeline.Intervention::intervention).containsExactly("i1");
        assertThat(within.changes()).extracting(Timeline.Change::change).containsExactly("c1", "c2");
    }
}
