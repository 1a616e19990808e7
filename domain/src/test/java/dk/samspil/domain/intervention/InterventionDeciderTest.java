package dk.samspil.domain.intervention;

import dk.samspil.domain.intervention.InterventionDecider.InterventionState;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.UnitKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.samspil.domain.intervention.InterventionDecider.decide;
import static dk.samspil.domain.intervention.InterventionType.HANDLETEAM;
import static dk.samspil.domain.intervention.InterventionType.TEMADAG;
import static dk.samspil.domain.shared.Rejections.rejects;
import static dk.samspil.domain.study.StudyHistory.BU;
import static dk.samspil.domain.study.StudyHistory.D01;
import static dk.samspil.domain.study.StudyHistory.D02;
import static dk.samspil.domain.study.StudyHistory.FAMILIE;
import static dk.samspil.domain.study.StudyHistory.MINI;
import static dk.samspil.domain.study.StudyHistory.SKOLE;
import static org.assertj.core.api.Assertions.assertThat;

/** Given an intervention's events, when a command, then the events it records or the reason it is refused. */
class InterventionDeciderTest {

    private static final InterventionKey HT = InterventionKey.of("ht-d01");
    private static final InterventionTargets TARGETS = InterventionTargets.of(List.of(D01), List.of(SKOLE));
    private static final LocalDate OCT = LocalDate.of(2023, 10, 2);
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 3);
    private static final InterventionPlanned PLANNED = new InterventionPlanned(MINI, HT, HANDLETEAM, "Handleteam", TARGETS);
    private static final InterventionStarted STARTED = new InterventionStarted(MINI, HT, OCT);

    private static final Set<UnitKey> UNITS = Set.of(BU, D01, D02);
    private static final Set<GroupKey> GROUPS = Set.of(SKOLE, FAMILIE);

    /** What the events leave known of ht-d01. */
    private static InterventionState given(Object... events) {
        Map<InterventionKey, InterventionState> known = Map.of();
        for (Object event : events) {
            known = InterventionDecider.evolve(known, event);
        }
        return known.get(HT);
    }

    private static SyncIntervention row(String title, LocalDate startedOn, LocalDate endedOn) {
        return new SyncIntervention(MINI, HT, HANDLETEAM, title, TARGETS, startedOn, endedOn);
    }

    /** A bundle row decided on {@link #TODAY}, after the events. */
    private static List<Object> sync(SyncIntervention row, Object... events) {
        return decide(row, given(events), UNITS, GROUPS, TODAY);
    }

    @Test
    void plans_an_intervention_under_a_new_key() {
        assertThat(decide(new PlanIntervention(MINI, HT, HANDLETEAM, "Handleteam", TARGETS), given(), UNITS, GROUPS))
                .containsExactly(PLANNED);
    }

    @Test
    void rejects_a_key_already_planned() {
        rejects(() -> decide(new PlanIntervention(MINI, HT, TEMADAG, "Temadag", TARGETS), given(PLANNED), UNITS, GROUPS),
                "intervention 'ht-d01' already exists");
    }

    @Test
    void rejects_every_target_the_study_does_not_have() {
        InterventionTargets elsewhere = new InterventionTargets(List.of(UnitKey.of("d99")), List.of(GroupKey.of("politi")),
                List.of(new InterventionTargets.Relation(SKOLE, GroupKey.of("sundhed"))), List.of());
        rejects(() -> decide(new PlanIntervention(MINI, HT, HANDLETEAM, "Handleteam", elsewhere), given(), UNITS, GROUPS),
                "intervention 'ht-d01' targets unknown unit 'd99'; intervention 'ht-d01' targets unknown group 'politi';"
                        + " intervention 'ht-d01' targets a relation with unknown group 'sundhed'");
    }

    @Test
    void rejects_a_plan_without_a_title() {
        rejects(() -> decide(new PlanIntervention(MINI, HT, HANDLETEAM, " ", TARGETS), given(), UNITS, GROUPS), "missing a title");
    }

    @Test
    void starts_a_planned_intervention_once() {
        assertThat(decide(new StartIntervention(MINI, HT, OCT), given(PLANNED))).containsExactly(STARTED);
        rejects(() -> decide(new StartIntervention(MINI, HT, OCT), given(PLANNED, STARTED)),
                "intervention 'ht-d01' already started on 2023-10-02");
    }

    @Test
    void rejects_a_step_for_an_intervention_the_study_does_not_have() {
        rejects(() -> decide(new EvaluateIntervention(MINI, HT, OCT, "lært"), given()), "study mini has no intervention 'ht-d01'");
    }

    @Test
    void adjusts_until_it_ends() {
        AdjustIntervention adjust = new AdjustIntervention(MINI, HT, "Handleteam, udvidet", TARGETS, OCT.plusMonths(1), null);
        assertThat(decide(adjust, given(PLANNED, STARTED), UNITS, GROUPS))
                .containsExactly(new InterventionAdjusted(MINI, HT, "Handleteam, udvidet", TARGETS, OCT.plusMonths(1), null));
        rejects(() -> decide(adjust, given(PLANNED, STARTED, new InterventionEnded(MINI, HT, OCT)), UNITS, GROUPS),
                "intervention 'ht-d01' ended on 2023-10-02 and can no longer be adjusted");
    }

    @Test
    void rejects_end_before_start_and_an_end_before_starting_or_twice() {
        rejects(() -> decide(new EndIntervention(MINI, HT, OCT.minusDays(1)), given(PLANNED, STARTED)),
                "intervention 'ht-d01' cannot end (2023-10-01) before it starts (2023-10-02)");
        rejects(() -> decide(new EndIntervention(MINI, HT, OCT), given(PLANNED)),
                "intervention 'ht-d01' has not started, so it cannot end");
        rejects(() -> decide(new EndIntervention(MINI, HT, OCT), given(PLANNED, STARTED, new InterventionEnded(MINI, HT, OCT))),
                "intervention 'ht-d01' already ended on 2023-10-02");
    }

    @Test
    void an_evaluation_needs_a_note_of_what_was_learnt() {
        rejects(() -> decide(new EvaluateIntervention(MINI, HT, OCT, ""), given(PLANNED)), "missing a note saying what was learnt");
    }

    @Test
    void a_row_plans_starts_and_ends_a_new_intervention() {
        assertThat(sync(row("Handleteam", OCT, OCT.plusMonths(6))))
                .containsExactly(PLANNED, STARTED, new InterventionEnded(MINI, HT, OCT.plusMonths(6)));
    }

    @Test
    void a_row_restating_what_is_recorded_records_nothing() {
        assertThat(sync(row("Handleteam", OCT, null), PLANNED, STARTED)).isEmpty();
    }

    @Test
    void a_new_title_is_an_adjustment_dated_by_the_start_or_else_today() {
        assertThat(sync(row("Handleteam Nord", OCT, null), PLANNED, STARTED))
                .containsExactly(new InterventionAdjusted(MINI, HT, "Handleteam Nord", TARGETS, OCT, "restated by an imported bundle"));
        assertThat(sync(row("Handleteam Nord", null, null), PLANNED))
                .containsExactly(new InterventionAdjusted(MINI, HT, "Handleteam Nord", TARGETS, TODAY, "restated by an imported bundle"));
    }

    @Test
    void changed_dates_are_corrected_as_a_whole() {
        assertThat(sync(row("Handleteam", OCT.plusDays(7), OCT.plusMonths(3)), PLANNED, STARTED))
                .containsExactly(new InterventionDatesCorrected(MINI, HT, OCT.plusDays(7), OCT.plusMonths(3)));
    }

    @Test
    void rejects_a_row_that_changes_the_kind_or_ends_without_a_start() {
        rejects(() -> sync(new SyncIntervention(MINI, HT, TEMADAG, "Handleteam", TARGETS, OCT, null), PLANNED),
                "intervention 'ht-d01' is a handleteam, not a temadag; a different kind of intervention needs a key of its own");
        rejects(() -> sync(row("Handleteam", null, OCT)), "intervention 'ht-d01' has an end date but no start date");
    }

    @Test
    void events_of_an_intervention_the_study_does_not_know_change_nothing() {
        Map<InterventionKey, InterventionState> none = Map.of();
        assertThat(InterventionDecider.evolve(none, STARTED)).isSameAs(none);
        assertThat(InterventionDecider.evolve(none, new InterventionEvaluated(MINI, HT, OCT, "lært"))).isSameAs(none);
    }
}
