package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.study.Study;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static dk.samspil.domain.study.StudyHistory.D01;
import static dk.samspil.domain.study.StudyHistory.D02;
import static dk.samspil.domain.study.StudyHistory.FAMILIE;
import static dk.samspil.domain.study.StudyHistory.MINI;
import static dk.samspil.domain.study.StudyHistory.NOW;
import static dk.samspil.domain.study.StudyHistory.SKOLE;
import static dk.samspil.domain.study.StudyHistory.fixture;
import static dk.samspil.domain.study.StudyHistory.structure;
import static dk.samspil.domain.study.StudyHistory.structureWith;
import static org.hamcrest.Matchers.containsString;

class InterventionLifecycleTest {

    private static final InterventionKey HT = InterventionKey.of("ht-d01");
    private static final InterventionTargets TARGETS = InterventionTargets.of(List.of(D01), List.of(SKOLE, FAMILIE));
    private static final LocalDate OCT = LocalDate.of(2023, 10, 2);

    private final AggregateTestFixture<Study> fixture = fixture();

    @Test
    void a_bundle_row_plans_and_starts_a_new_intervention() {
        fixture.given(structure())
                .when(new SyncIntervention(MINI, HT, InterventionType.HANDLETEAM, "Handleteam d01", TARGETS, OCT, null))
                .expectResultMessagePayload(2)
                .expectEvents(new InterventionPlanned(MINI, HT, InterventionType.HANDLETEAM, "Handleteam d01", TARGETS),
                        new InterventionStarted(MINI, HT, OCT));
    }

    @Test
    void the_same_row_again_records_nothing_and_an_end_date_ends_it() {
        fixture.given(structureWith(new InterventionPlanned(MINI, HT, InterventionType.HANDLETEAM, "Handleteam d01", TARGETS),
                        new InterventionStarted(MINI, HT, OCT)))
                .when(new SyncIntervention(MINI, HT, InterventionType.HANDLETEAM, "Handleteam d01", TARGETS, OCT, null))
                .expectNoEvents();
        fixture.given(structureWith(new InterventionPlanned(MINI, HT, InterventionType.HANDLETEAM, "Handleteam d01", TARGETS),
                        new InterventionStarted(MINI, HT, OCT)))
                .when(new SyncIntervention(MINI, HT, InterventionType.HANDLETEAM, "Handleteam d01", TARGETS, OCT, OCT.plusMonths(6)))
                .expectEvents(new InterventionEnded(MINI, HT, OCT.plusMonths(6)));
    }

    @Test
    void a_changed_start_date_is_a_correction_that_keeps_the_earlier_one_in_history() {
        fixture.given(structureWith(new InterventionPlanned(MINI, HT, InterventionType.HANDLETEAM, "Handleteam d01", TARGETS),
                        new InterventionStarted(MINI, HT, OCT)))
                .when(new SyncIntervention(MINI, HT, InterventionType.HANDLETEAM, "Handleteam d01", TARGETS, OCT.plusDays(7), null))
                .expectEvents(new InterventionDatesCorrected(MINI, HT, OCT.plusDays(7), null));
    }

    @Test
    void rejects_an_intervention_ending_before_it_starts() {
        fixture.given(structure())
                .when(new SyncIntervention(MINI, HT, InterventionType.HANDLETEAM, "Handleteam d01", TARGETS, OCT, OCT.minusDays(1)))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("intervention 'ht-d01' cannot end (2023-10-01) before it starts (2023-10-02)"));
    }

    @Test
    void rejects_targets_outside_the_study() {
        fixture.given(structure())
                .when(new PlanIntervention(MINI, HT, InterventionType.PROEVEHANDLING, "Prøvehandling",
                        InterventionTargets.of(List.of(D02), List.of(GroupKey.of("politi")))))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("targets unknown group 'politi'"));
    }

    @Test
    void the_lifecycle_runs_planned_started_adjusted_ended_evaluated() {
        InterventionTargets wider = InterventionTargets.of(List.of(D01, D02), List.of(SKOLE, FAMILIE));
        fixture.given(structureWith(new InterventionPlanned(MINI, HT, InterventionType.RAADGIVENDE_TEAM, "Rådgivende team", TARGETS),
                        new InterventionStarted(MINI, HT, OCT)))
                .when(new AdjustIntervention(MINI, HT, "Rådgivende team, udvidet", wider, OCT.plusMonths(2), "også distrikt 02"))
                .expectEvents(new InterventionAdjusted(MINI, HT, "Rådgivende team, udvidet", wider, OCT.plusMonths(2), "også distrikt 02"));
        fixture.given(structureWith(new InterventionPlanned(MINI, HT, InterventionType.RAADGIVENDE_TEAM, "Rådgivende team", TARGETS),
                        new InterventionStarted(MINI, HT, OCT), new InterventionEnded(MINI, HT, OCT.plusMonths(9))))
                .when(new EvaluateIntervention(MINI, HT, OCT.plusMonths(10), "skolerne henvender sig tidligere"))
                .expectEvents(new InterventionEvaluated(MINI, HT, OCT.plusMonths(10), "skolerne henvender sig tidligere"));
    }

    @Test
    void rejects_steps_out_of_order() {
        fixture.given(structureWith(new InterventionPlanned(MINI, HT, InterventionType.TEMADAG, "Temadag", TARGETS)))
                .when(new EndIntervention(MINI, HT, OCT))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("has not started, so it cannot end"));
        fixture.given(structureWith(new InterventionPlanned(MINI, HT, InterventionType.TEMADAG, "Temadag", TARGETS), new InterventionStarted(MINI, HT, OCT)))
                .when(new StartIntervention(MINI, HT, OCT))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("already started on 2023-10-02"));
        fixture.given(structure())
                .when(new StartIntervention(MINI, HT, OCT))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("has no intervention 'ht-d01'"));
    }

    @Test
    void a_restated_title_without_a_start_date_is_an_adjustment_dated_by_the_clock() {
        fixture.given(structureWith(new InterventionPlanned(MINI, HT, InterventionType.TEMADAG, "Temadag", TARGETS)))
                .when(new SyncIntervention(MINI, HT, InterventionType.TEMADAG, "Temadag om overgange", TARGETS, null, null))
                .expectEvents(new InterventionAdjusted(MINI, HT, "Temadag om overgange", TARGETS,
                        LocalDate.ofInstant(NOW, ZoneId.systemDefault()), "restated by an imported bundle"));
    }
}
