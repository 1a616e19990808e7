package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.study.Study;
import dk.samspil.domain.study.UnitRenamed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dk.samspil.domain.study.StudyHistory.BU;
import static dk.samspil.domain.study.StudyHistory.D01;
import static dk.samspil.domain.study.StudyHistory.D02;
import static dk.samspil.domain.study.StudyHistory.MINI;
import static dk.samspil.domain.study.StudyHistory.structure;
import static org.hamcrest.Matchers.containsString;

class OrganisationalChangeTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private final AggregateTestFixture<Study> fixture = new AggregateTestFixture<>(Study.class);

    @Test
    void a_merge_is_recorded_with_both_units_so_the_lineage_stays_traceable() {
        fixture.given(structure())
                .when(new RecordOrganisationalChange(MINI, ChangeKind.UNIT_MERGED, D02, D01, DAY, "Distrikterne lagt sammen"))
                .expectResultMessagePayload(true)
                .expectEvents(new UnitsMerged(MINI, D02, D01, DAY, "Distrikterne lagt sammen"));
    }

    @Test
    void rejects_a_unit_merged_into_itself() {
        fixture.given(structure())
                .when(new RecordOrganisationalChange(MINI, ChangeKind.UNIT_MERGED, D01, D01, DAY, null))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("unit 'd01' cannot be merged into itself"));
    }

    @Test
    void rejects_unknown_units_and_a_missing_other_unit() {
        fixture.given(structure())
                .when(new RecordOrganisationalChange(MINI, ChangeKind.LEADER_CHANGED, UnitKey.of("d99"), null, DAY, null))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("study has no unit 'd99'"));
        fixture.given(structure())
                .when(new RecordOrganisationalChange(MINI, ChangeKind.UNIT_SPLIT, D01, null, DAY, null))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("missing other_unit"));
    }

    @Test
    void the_same_change_restated_records_nothing() {
        List<Object> history = new ArrayList<>(structure());
        history.add(new PolicyChanged(MINI, BU, DAY, "Direkte henvisning"));
        fixture.given(history)
                .when(new RecordOrganisationalChange(MINI, ChangeKind.POLICY_CHANGED, BU, null, DAY, "Direkte henvisning"))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void a_rename_takes_the_new_name_from_the_note_and_keeps_its_date() {
        fixture.given(structure())
                .when(new RecordOrganisationalChange(MINI, ChangeKind.UNIT_RENAMED, D01, null, DAY, "Distrikt Nord"))
                .expectEvents(new UnitRenamed(MINI, D01, "Distrikt Nord", DAY));
    }

    @Test
    void every_kind_has_its_event() {
        fixture.given(structure()).when(new RecordOrganisationalChange(MINI, ChangeKind.UNIT_CREATED, D02, null, DAY, null))
                .expectEvents(new UnitCreated(MINI, D02, DAY, null));
        fixture.given(structure()).when(new RecordOrganisationalChange(MINI, ChangeKind.UNIT_SPLIT, D01, D02, DAY, null))
                .expectEvents(new UnitSplit(MINI, D01, D02, DAY, null));
        fixture.given(structure()).when(new RecordOrganisationalChange(MINI, ChangeKind.UNIT_CLOSED, D02, null, DAY, "lukket"))
                .expectEvents(new UnitClosed(MINI, D02, DAY, "lukket"));
        fixture.given(structure()).when(new RecordOrganisationalChange(MINI, ChangeKind.LEADER_CHANGED, D01, null, DAY, null))
                .expectEvents(new LeaderChanged(MINI, D01, DAY, null));
        fixture.given(structure()).when(new RecordOrganisationalChange(MINI, ChangeKind.STAFF_TURNOVER, D01, null, DAY, "3 af 8"))
                .expectEvents(new StaffTurnoverRecorded(MINI, D01, DAY, "3 af 8"));
    }
}
