package dk.samspil.domain.milestone;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.samspil.domain.shared.Rejections.rejects;
import static dk.samspil.domain.study.StudyHistory.MINI;
import static org.assertj.core.api.Assertions.assertThat;

/** Given the steps reached, when a step is stated, then whether it is recorded (again). */
class MilestoneDeciderTest {

    private static final LocalDate DAY = LocalDate.of(2022, 11, 15);

    /** The task step stated after the events. */
    private static List<Object> decide(LocalDate reachedOn, String note, Object... history) {
        Map<Milestone, MilestoneReached> reached = Map.of();
        for (Object event : history) {
            reached = MilestoneDecider.evolve(reached, event);
        }
        return MilestoneDecider.decide(new ReachMilestone(MINI, Milestone.TASK_CLARIFIED, reachedOn, note), reached.get(Milestone.TASK_CLARIFIED));
    }

    private static MilestoneReached reached(LocalDate on, String note) {
        return new MilestoneReached(MINI, Milestone.TASK_CLARIFIED, on, note);
    }

    @Test
    void records_a_step_with_its_note_stripped() {
        assertThat(decide(DAY, " Fælles opgave ")).containsExactly(reached(DAY, "Fælles opgave"));
    }

    @Test
    void the_latest_recording_restated_records_nothing() {
        assertThat(decide(DAY, "Fælles opgave", reached(DAY, "Fælles opgave"))).isEmpty();
        assertThat(decide(DAY, "", reached(DAY, null))).isEmpty();
    }

    @Test
    void a_new_note_or_an_earlier_date_restated_after_a_later_one_is_recorded_again() {
        assertThat(decide(DAY, "aftalt", reached(DAY, null))).containsExactly(reached(DAY, "aftalt"));
        assertThat(decide(DAY, null, reached(DAY, null), reached(DAY.plusDays(3), null))).containsExactly(reached(DAY, null));
    }

    @Test
    void other_steps_do_not_count() {
        MilestoneReached actors = new MilestoneReached(MINI, Milestone.ACTORS_CLARIFIED, DAY, null);
        assertThat(decide(DAY, null, actors)).containsExactly(reached(DAY, null));
    }

    @Test
    void rejects_a_step_without_a_date() {
        rejects(() -> decide(null, null), "missing the date the step was reached");
    }
}
