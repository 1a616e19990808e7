package dk.samspil.projections;

import dk.samspil.domain.intervention.InterventionAdjusted;
import dk.samspil.domain.intervention.InterventionDatesCorrected;
import dk.samspil.domain.intervention.InterventionEnded;
import dk.samspil.domain.intervention.InterventionEvaluated;
import dk.samspil.domain.intervention.InterventionPlanned;
import dk.samspil.domain.intervention.InterventionStarted;
import dk.samspil.domain.intervention.InterventionTargets;
import dk.samspil.domain.intervention.InterventionType;
import dk.samspil.domain.milestone.Milestone;
import dk.samspil.domain.milestone.MilestoneReached;
import dk.samspil.domain.organisation.OrganisationRegistered;
import dk.samspil.domain.organisation.OrganisationRenamed;
import dk.samspil.domain.orgchange.LeaderChanged;
import dk.samspil.domain.orgchange.UnitSplit;
import dk.samspil.domain.orgchange.UnitsMerged;
import dk.samspil.domain.shared.CaseId;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.study.GroupRenamed;
import dk.samspil.domain.study.InvitationsIssued;
import dk.samspil.domain.study.StudyDescriptionRevised;
import dk.samspil.domain.study.UnitAdded;
import dk.samspil.domain.study.UnitMoved;
import dk.samspil.domain.study.UnitRenamed;
import dk.samspil.domain.study.WaveRescheduled;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dk.samspil.projections.ReadModelFixture.STUDY;
import static dk.samspil.projections.ReadModelFixture.W0;
import static org.assertj.core.api.Assertions.assertThat;

/** Facts revised by later events: each revision supersedes the current row at its position and records the next, so earlier positions still read the old. */
class RevisionsProjectionTest {

    private static final InterventionKey HT = InterventionKey.of("ht-d01");
    private static final LocalDate MAY = LocalDate.of(2023, 5, 1);

    private final ReadModelFixture model;

    RevisionsProjectionTest() throws SQLException {
        model = new ReadModelFixture();
    }

    @AfterEach
    void tearDown() throws SQLException {
        model.close();
    }

    @Test
    void renamed_and_moved_structure_reads_the_new_version_from_its_position_and_the_old_before_it() throws SQLException {
        List<Object> events = new ArrayList<>(model.structure());
        events.add(new OrganisationRegistered(TenantId.of("kommune"), "Kommunen"));
        events.add(new UnitAdded(STUDY, UnitKey.of("d02"), "Distrikt 02", null));
        model.deliver(model.track(events));
        long before = model.positions.applied();
        model.deliver(model.track(List.of(
                new OrganisationRenamed(TenantId.of("kommune"), "Storkommunen"),
                new StudyDescriptionRevised(STUDY, "Lille, revideret", "Tidligere hjælp", MAY),
                new UnitRenamed(STUDY, UnitKey.of("d01"), "Distrikt Nord", MAY),
                new UnitMoved(STUDY, UnitKey.of("d02"), UnitKey.of("d01")),
                new GroupRenamed(STUDY, GroupKey.of("skole"), "Skolerne"),
                new WaveRescheduled(STUDY, W0, "Opstart (flyttet)", LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 28)))));

        StudySummary then = model.model.catalog().study(STUDY, new AsOf.Position(before)).orElseThrow();
        StudySummary now = model.model.catalog().study(STUDY, AsOf.LATEST).orElseThrow();
        assertThat(then.title()).isEqualTo("Lille");
        assertThat(now.title()).isEqualTo("Lille, revideret");
        assertThat(now.units()).extracting(StudySummary.Named::name).containsExactly("Distrikt Nord", "Distrikt 02");
        assertThat(then.groups()).extracting(StudySummary.Named::name).containsExactly("Skoler", "Familieafdelingen");
        assertThat(now.waves().getFirst().label()).isEqualTo("Opstart (flyttet)");
        assertThat(rows("SELECT * FROM organisation ORDER BY recorded_pos")).containsExactly(
                "kommune|Kommunen|7|9", "kommune|Storkommunen|9|null");
        assertThat(rows("SELECT * FROM study ORDER BY recorded_pos")).containsExactly(
                "lille|kommune|Lille|Tidlig hjælp|2023-01-19|1|10", "lille|kommune|Lille, revideret|Tidligere hjælp|2023-05-01|10|null");
        assertThat(rows("SELECT * FROM unit ORDER BY recorded_pos")).containsExactly(
                "lille|d01|Distrikt 01|null|2|11", "lille|d02|Distrikt 02|null|8|12",
                "lille|d01|Distrikt Nord|null|11|null", "lille|d02|Distrikt 02|d01|12|null");
        assertThat(rows("SELECT * FROM grp ORDER BY recorded_pos")).containsExactly(
                "lille|skole|Skoler|3|13", "lille|familie|Familieafdelingen|4|null", "lille|skole|Skolerne|13|null");
        assertThat(rows("SELECT * FROM wave ORDER BY recorded_pos")).containsExactly(
                "lille|w0|Opstart|2023-01-09|2023-01-31|5|14", "lille|w0|Opstart (flyttet)|2023-02-06|2023-02-28|14|null");
    }

    @Test
    void an_intervention_keeps_every_version_from_planned_to_ended_and_a_step_for_each() throws SQLException {
        List<Object> events = new ArrayList<>(model.structure());
        InterventionTargets targets = new InterventionTargets(List.of(UnitKey.of("d01")), List.of(GroupKey.of("skole"), GroupKey.of("familie")),
                List.of(new InterventionTargets.Relation(GroupKey.of("skole"), GroupKey.of("familie"))), List.of(CaseId.of("c1")));
        events.add(new InterventionPlanned(STUDY, HT, InterventionType.HANDLETEAM, "Handleteam d01", targets));
        events.add(new InterventionStarted(STUDY, HT, LocalDate.of(2023, 3, 1)));
        model.deliver(model.track(events));
        long running = model.positions.applied();
        model.deliver(model.track(List.of(
                new InterventionAdjusted(STUDY, HT, "Handleteam Nord", new InterventionTargets(List.of(UnitKey.of("d01")),
                        List.of(GroupKey.of("skole")), List.of(), List.of()), MAY, "færre grupper"),
                new InterventionEvaluated(STUDY, HT, LocalDate.of(2023, 6, 1), "godt i gang"),
                new InterventionEnded(STUDY, HT, LocalDate.of(2023, 12, 1)),
                new InterventionDatesCorrected(STUDY, HT, LocalDate.of(2023, 3, 6), null))));

        assertThat(model.model.timeline().timeline(STUDY, new AsOf.Position(running)).interventions())
                .extracting(Timeline.Intervention::title, Timeline.Intervention::status).containsExactly(org.assertj.core.groups.Tuple.tuple("Handleteam d01", "running"));
        assertThat(model.model.timeline().timeline(STUDY, AsOf.LATEST).interventions())
                .extracting(Timeline.Intervention::title, Timeline.Intervention::status).containsExactly(org.assertj.core.groups.Tuple.tuple("Handleteam Nord", "running"));
        assertThat(rows("SELECT * FROM intervention ORDER BY recorded_pos")).containsExactly(
                "lille|ht-d01|handleteam|Handleteam d01|d01|familie;skole|skole>familie|c1|planned|null|null|7|8",
                "lille|ht-d01|handleteam|Handleteam d01|d01|familie;skole|skole>familie|c1|running|2023-03-01|null|8|9",
                "lille|ht-d01|handleteam|Handleteam Nord|d01|skole|||running|2023-03-01|null|9|11",
                "lille|ht-d01|handleteam|Handleteam Nord|d01|skole|||ended|2023-03-01|2023-12-01|11|12",
                "lille|ht-d01|handleteam|Handleteam Nord|d01|skole|||running|2023-03-06|null|12|null");
        assertThat(rows("SELECT * FROM intervention_step ORDER BY recorded_pos")).containsExactly(
                "lille|ht-d01|planned|null|null|7", "lille|ht-d01|started|2023-03-01|null|8",
                "lille|ht-d01|adjusted|2023-05-01|færre grupper|9", "lille|ht-d01|evaluated|2023-06-01|godt i gang|10",
                "lille|ht-d01|ended|2023-12-01|null|11", "lille|ht-d01|dates_corrected|2023-03-06|ended null|12");
    }

    @Test
    void milestones_restated_changes_lineage_and_invitations_are_recorded_at_their_position() throws SQLException {
        List<Object> events = new ArrayList<>(model.structure());
        events.add(new UnitAdded(STUDY, UnitKey.of("d02"), "Distrikt 02", null));
        events.add(new MilestoneReached(STUDY, Milestone.TASK_CLARIFIED, LocalDate.of(2022, 11, 15), "fælles opgave"));
        events.add(new MilestoneReached(STUDY, Milestone.TASK_CLARIFIED, LocalDate.of(2022, 11, 22), "skrevet ned"));
        events.add(new LeaderChanged(STUDY, UnitKey.of("d01"), MAY, "ny leder"));
        events.add(new UnitsMerged(STUDY, UnitKey.of("d02"), UnitKey.of("d01"), MAY, "samlet"));
        events.add(new UnitSplit(STUDY, UnitKey.of("d01"), UnitKey.of("d03"), LocalDate.of(2024, 1, 1), null));
        events.add(new InvitationsIssued(STUDY, W0, UnitKey.of("d01"), 12, LocalDate.of(2023, 1, 9)));
        model.deliver(model.track(events));

        assertThat(rows("SELECT * FROM milestone ORDER BY recorded_pos")).containsExactly(
                "lille|task_clarified|1|2022-11-15|fælles opgave|8|9", "lille|task_clarified|1|2022-11-22|skrevet ned|9|null");
        assertThat(rows("SELECT * FROM org_change ORDER BY recorded_pos")).containsExactly(
                "lille|leader_changed|d01|null|2023-05-01|ny leder|10", "lille|unit_merged|d02|d01|2023-05-01|samlet|11",
                "lille|unit_split|d01|d03|2024-01-01|null|12");
        assertThat(rows("SELECT * FROM unit_lineage ORDER BY recorded_pos")).containsExactly(
                "lille|d02|d01|merged|2023-05-01|11", "lille|d01|d03|split|2024-01-01|12");
        assertThat(rows("SELECT * FROM invitation")).containsExactly("lille|w0|d01|12|2023-01-09|13");
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = model.store.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    values.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
