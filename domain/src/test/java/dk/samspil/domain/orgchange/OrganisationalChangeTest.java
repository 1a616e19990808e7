package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.study.Study;
import dk.samspil.domain.study.UnitRenamed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.samspil.domain.study.StudyHistory.BU;
import static dk.samspil.domain.study.StudyHistory.D01;
import static dk.samspil.domain.study.StudyHistory.D02;
import static dk.samspil.domain.study.StudyHistory.MINI;
import static dk.samspil.domain.study.StudyHistory.fixture;
import static dk.samspil.domain.study.StudyHistory.structure;
import static dk.samspil.domain.study.StudyHistory.structureWith;
import static org.hamcrest.Matchers.containsString;

class OrganisationalChangeTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private final AggregateTestFixture<Study> fixture = fixture();

    @Test
    void a_merge_is_recorded_with_both_units_so_the_lineage_stays_traceable() {
        fixture.given(structure())
                .when(new RecordOrganisationalChange(MINI, ChangeKind.UNIT_MERGED, D02, D01, DAY, "Distrikterne lagt sammen"))
                .expectResultMessagePayload(true)
                .expectEvents(new UnitsMerged(MINI, D02, D01, DAY, "Distrikterne lagt sammen"));
    }

    @Test
    void rejects_a_unit_merged_into_itself() {
        rejects(new RecordOrganisationalChange(MINI, ChangeKind.UNIT_MERGED, D01, D01, DAY, null), "unit 'd01' cannot be merged into itself");
    }

    @Test
    void rejects_unknown_units_and_a_missing_other_unit() {
        rejects(new RecordOrganisationalChange(MINI, ChangeKind.LEADER_CHANGED, UnitKey.of("d99"), null, DAY, null), "study has no unit 'd99'");
        rejects(new RecordOrganisationalChange(MINI, ChangeKind.UNIT_SPLIT, D01, null, DAY, null), "missing other_unit");
    }

    @Test
    void the_same_change_restated_records_nothing() {
        fixture.given(structureWith(new PolicyChanged(MINI, BU, DAY, "Direkte henvisning")))
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

    private void rejects(RecordOrganisationalChange command, String message) {
        fixture.given(structure())
                .when(command)
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString(message));
    }
}
