package dk.samspil.domain.milestone;

import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.study.InvitationsIssued;
import dk.samspil.domain.study.IssueInvitations;
import dk.samspil.domain.study.Study;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.samspil.domain.study.StudyHistory.D01;
import static dk.samspil.domain.study.StudyHistory.MINI;
import static dk.samspil.domain.study.StudyHistory.W0;
import static dk.samspil.domain.study.StudyHistory.fixture;
import static dk.samspil.domain.study.StudyHistory.structure;
import static dk.samspil.domain.study.StudyHistory.structureWith;
import static org.hamcrest.Matchers.containsString;

class MilestoneTest {

    private static final LocalDate DAY = LocalDate.of(2022, 11, 15);
    private final AggregateTestFixture<Study> fixture = fixture();

    @Test
    void reaching_a_step_is_recorded_once_and_a_new_date_restates_it() {
        ReachMilestone reach = new ReachMilestone(MINI, Milestone.TASK_CLARIFIED, DAY, "Fælles opgave");
        MilestoneReached reached = new MilestoneReached(MINI, Milestone.TASK_CLARIFIED, DAY, "Fælles opgave");
        fixture.given(structure()).when(reach).expectEvents(reached);
        fixture.given(structureWith(reached)).when(reach).expectResultMessagePayload(false).expectNoEvents();
        fixture.given(structureWith(reached))
                .when(new ReachMilestone(MINI, Milestone.TASK_CLARIFIED, DAY.plusDays(3), "Fælles opgave"))
                .expectEvents(new MilestoneReached(MINI, Milestone.TASK_CLARIFIED, DAY.plusDays(3), "Fælles opgave"));
    }

    @Test
    void steps_keep_the_consultancys_order() {
        org.assertj.core.api.Assertions.assertThat(Milestone.values()).extracting(Milestone::step).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        org.assertj.core.api.Assertions.assertThat(Milestone.fromKey("focus_sustained")).hasValue(Milestone.FOCUS_SUSTAINED);
    }

    @Test
    void invitations_are_counted_for_a_known_wave_and_unit_only() {
        LocalDate issued = LocalDate.of(2023, 1, 9);
        fixture.given(structure())
                .when(new IssueInvitations(MINI, W0, D01, 12, issued))
                .expectEvents(new InvitationsIssued(MINI, W0, D01, 12, issued));
        fixture.given(structure())
                .when(new IssueInvitations(MINI, dk.samspil.domain.shared.WaveKey.of("w7"), D01, 12, issued))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("has no wave 'w7'"));
        fixture.given(structure())
                .when(new IssueInvitations(MINI, W0, D01, 0, issued))
                .expectException(Rejected.class);
    }
}
