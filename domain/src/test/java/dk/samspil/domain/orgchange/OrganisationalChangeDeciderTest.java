package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.study.UnitRenamed;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static dk.samspil.domain.shared.Rejections.rejects;
import static dk.samspil.domain.study.StudyHistory.BU;
import static dk.samspil.domain.study.StudyHistory.D01;
import static dk.samspil.domain.study.StudyHistory.D02;
import static dk.samspil.domain.study.StudyHistory.MINI;
import static org.assertj.core.api.Assertions.assertThat;

/** Given the changes recorded, when a change is stated, then its event or the reason it is refused. */
class OrganisationalChangeDeciderTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    /** The changes the events recorded (a rename as the study replays it). */
    private static Set<RecordOrganisationalChange> given(Object... events) {
        Set<RecordOrganisationalChange> recorded = Set.of();
        for (Object event : events) {
            recorded = event instanceof UnitRenamed r
                    ? OrganisationalChangeDecider.renamed(recorded, r.study(), r.unit(), r.name(), r.effectiveOn())
                    : OrganisationalChangeDecider.evolve(recorded, event);
        }
        return recorded;
    }

    /** The change stated in the mini study after the events. */
    private static List<Object> decide(RecordOrganisationalChange command, Object... history) {
        return OrganisationalChangeDecider.decide(command, Set.of(BU, D01, D02), given(history), UnitRenamed::new);
    }

    private static RecordOrganisationalChange change(ChangeKind kind, UnitKey unit, UnitKey other, String note) {
        return new RecordOrganisationalChange(MINI, kind, unit, other, DAY, note);
    }

    @Test
    void records_the_change_with_its_note_stripped_and_a_blank_note_as_none() {
        assertThat(decide(change(ChangeKind.UNIT_SPLIT, D01, D02, "  Nord skilt ud ")))
                .containsExactly(new UnitSplit(MINI, D01, D02, DAY, "Nord skilt ud"));
        assertThat(decide(change(ChangeKind.UNIT_CLOSED, D02, null, " "))).containsExactly(new UnitClosed(MINI, D02, DAY, null));
    }

    @Test
    void a_change_recorded_before_records_nothing_but_another_date_does() {
        UnitsMerged merged = new UnitsMerged(MINI, D02, D01, DAY, null);
        assertThat(decide(change(ChangeKind.UNIT_MERGED, D02, D01, null), merged)).isEmpty();
        assertThat(decide(new RecordOrganisationalChange(MINI, ChangeKind.UNIT_MERGED, D02, D01, DAY.plusDays(1), null), merged))
                .containsExactly(new UnitsMerged(MINI, D02, D01, DAY.plusDays(1), null));
    }

    @Test
    void a_dated_rename_counts_as_recorded_but_a_study_json_rename_does_not() {
        assertThat(decide(change(ChangeKind.UNIT_RENAMED, D01, null, "Nord"), new UnitRenamed(MINI, D01, "Nord", DAY))).isEmpty();
        assertThat(decide(change(ChangeKind.UNIT_RENAMED, D01, null, "Nord"), new UnitRenamed(MINI, D01, "Nord", null)))
                .containsExactly(new UnitRenamed(MINI, D01, "Nord", DAY));
    }

    @Test
    void rejects_a_rename_without_a_new_name() {
        rejects(() -> decide(change(ChangeKind.UNIT_RENAMED, D01, null, null)), "missing the new name in the note");
    }

    @Test
    void rejects_a_change_without_a_date() {
        rejects(() -> decide(new RecordOrganisationalChange(MINI, ChangeKind.LEADER_CHANGED, D01, null, null, null)),
                "missing the date the change took effect");
    }

    @Test
    void rejects_units_the_study_does_not_have() {
        rejects(() -> decide(change(ChangeKind.STAFF_TURNOVER, UnitKey.of("d99"), null, null)), "unit: study has no unit 'd99'");
        rejects(() -> decide(change(ChangeKind.UNIT_MERGED, D01, UnitKey.of("d99"), null)), "other_unit: study has no unit 'd99'");
    }

    @Test
    void rejects_a_second_unit_missing_wrong_or_the_same() {
        rejects(() -> decide(change(ChangeKind.UNIT_MERGED, D01, null, null)), "missing other_unit (the unit merged into)");
        rejects(() -> decide(change(ChangeKind.POLICY_CHANGED, D01, D02, null)),
                "policy_changed names one unit; other_unit must be empty, was 'd02'");
        rejects(() -> decide(change(ChangeKind.UNIT_SPLIT, D01, D01, null)), "unit 'd01' cannot be split off from itself");
    }
}
