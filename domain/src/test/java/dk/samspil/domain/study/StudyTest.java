package dk.samspil.domain.study;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.StudyDefinition.GroupSpec;
import dk.samspil.domain.study.StudyDefinition.RelationSpec;
import dk.samspil.domain.study.StudyDefinition.UnitSpec;
import dk.samspil.domain.study.StudyDefinition.WaveSpec;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class StudyTest {

    private static final StudyId MINI = StudyId.of("mini");
    private static final Instrument RK = InstrumentCatalog.builtIn().get(InstrumentRef.parse("rk@1"));
    private static final LocalDate START = LocalDate.of(2023, 1, 2);

    private AggregateTestFixture<Study> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Study.class);
    }

    @Test
    void defining_a_new_study_records_its_structure_parents_first() {
        fixture.givenNoPriorActivity()
                .when(new DefineStudy(definition("Skoler", List.of(
                        new UnitSpec(UnitKey.of("d01"), "Distrikt 01", UnitKey.of("bu")),
                        new UnitSpec(UnitKey.of("bu"), "Børn og Unge", null)))))
                .expectResultMessagePayload(8)
                .expectEvents(history().toArray());
    }

    @Test
    void redefining_with_the_same_structure_records_nothing() {
        fixture.given(history())
                .when(new DefineStudy(definition("Skoler", units())))
                .expectResultMessagePayload(0)
                .expectNoEvents();
    }

    @Test
    void a_renamed_group_is_recorded_as_such() {
        fixture.given(history())
                .when(new DefineStudy(definition("Folkeskoler", units())))
                .expectEvents(new GroupRenamed(MINI, GroupKey.of("skole"), "Folkeskoler"));
    }

    @Test
    void an_attribute_is_recorded_when_new_or_changed_keeps_its_values_and_stays_a_respondents() {
        AttributeSpec position = position("leder", "medarbejder");
        fixture.given(history())
                .when(new DefineStudy(withAttributes(position)))
                .expectResultMessagePayload(1)
                .expectEvents(new AttributeDefined(MINI, position));
        fixture.given(historyAnd(new AttributeDefined(MINI, position)))
                .when(new DefineStudy(withAttributes(position)))
                .expectNoEvents();
        AttributeSpec withMiddle = position("leder", "mellemleder", "medarbejder");
        fixture.given(historyAnd(new AttributeDefined(MINI, position)))
                .when(new DefineStudy(withAttributes(withMiddle)))
                .expectEvents(new AttributeDefined(MINI, withMiddle));
        fixture.given(historyAnd(new AttributeDefined(MINI, position)))
                .when(new DefineStudy(withAttributes(position("leder"))))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("attribute 'stilling' has the value 'medarbejder' recorded; a value is never removed"));
        AttributeSpec citizens = new AttributeSpec(position.key(), AttributeSpec.AppliesTo.CITIZEN, position.label(), false, position.values());
        fixture.given(historyAnd(new AttributeDefined(MINI, position)))
                .when(new DefineStudy(withAttributes(citizens)))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("attribute 'stilling' applies to respondents; it cannot change to citizens"));
    }

    private static List<Object> historyAnd(Object event) {
        List<Object> events = new java.util.ArrayList<>(history());
        events.add(event);
        return events;
    }

    private static AttributeSpec position(String... values) {
        return new AttributeSpec(dk.samspil.domain.shared.AttributeKey.of("stilling"), AttributeSpec.AppliesTo.RESPONDENT,
                new AttributeSpec.Label("Stilling", "Position", null, null), true, java.util.Arrays.stream(values)
                .map(v -> new AttributeSpec.Value(v, new AttributeSpec.Label(v, v, null, null))).toList());
    }

    private static StudyDefinition withAttributes(AttributeSpec... attributes) {
        StudyDefinition d = definition("Skoler", units());
        return new StudyDefinition(d.tenant(), d.study(), d.title(), d.sharedTask(), d.startsOn(), d.units(), d.groups(), d.waves(),
                d.instruments(), d.relations(), List.of(attributes));
    }

    @Test
    void a_citation_is_stated_once_restated_only_when_it_changes_and_a_study_json_without_one_leaves_it_standing() {
        StudyDefinition d = definition("Skoler", units());
        StudyCitation citation = new StudyCitation(List.of(new StudyCitation.Author("Mette Holm", "Aalborg Universitet")), "Kommunen", null);
        StudyDefinition cited = new StudyDefinition(d.tenant(), d.study(), d.title(), d.sharedTask(), d.startsOn(), d.units(), d.groups(),
                d.waves(), d.instruments(), d.relations(), d.attributes(), citation);
        StudyCitationStated stated = new StudyCitationStated(d.study(), citation.authors(), "Kommunen", null);
        fixture.given(history()).when(new DefineStudy(cited)).expectEvents(stated);
        List<Object> before = new java.util.ArrayList<>(history());
        before.add(stated);
        fixture.given(before).when(new DefineStudy(cited)).expectNoEvents();
        fixture.given(before).when(new DefineStudy(d)).expectNoEvents();
        StudyCitation moved = new StudyCitation(citation.authors(), "Kommunen", "Samspil");
        fixture.given(before).when(new DefineStudy(new StudyDefinition(d.tenant(), d.study(), d.title(), d.sharedTask(), d.startsOn(),
                        d.units(), d.groups(), d.waves(), d.instruments(), d.relations(), d.attributes(), moved)))
                .expectEvents(new StudyCitationStated(d.study(), citation.authors(), "Kommunen", "Samspil"));
    }

    @Test
    void a_groups_silo_is_stated_when_new_or_moved_and_kept_when_a_definition_leaves_it_out_or_renames_the_group() {
        StudyDefinition d = definition("Skoler", units());
        StudyDefinition placed = withGroups(d, new GroupSpec(GroupKey.of("skole"), "Skoler", "Skole og dagtilbud"),
                new GroupSpec(GroupKey.of("familie"), "Familieafdelingen"));
        GroupSiloStated stated = new GroupSiloStated(d.study(), GroupKey.of("skole"), "Skole og dagtilbud");
        fixture.given(history()).when(new DefineStudy(placed)).expectEvents(stated);
        List<Object> before = new java.util.ArrayList<>(history());
        before.add(stated);
        fixture.given(before).when(new DefineStudy(placed)).expectNoEvents();
        fixture.given(before).when(new DefineStudy(d)).expectNoEvents();
        // a rename keeps the silo: restating it is no change
        before.add(new GroupRenamed(d.study(), GroupKey.of("skole"), "Folkeskoler"));
        fixture.given(before).when(new DefineStudy(withGroups(d, new GroupSpec(GroupKey.of("skole"), "Folkeskoler", "Skole og dagtilbud"),
                new GroupSpec(GroupKey.of("familie"), "Familieafdelingen")))).expectNoEvents();
        fixture.given(before).when(new DefineStudy(withGroups(d, new GroupSpec(GroupKey.of("skole"), "Folkeskoler", "Børn og unge"),
                new GroupSpec(GroupKey.of("familie"), "Familieafdelingen"))))
                .expectEvents(new GroupSiloStated(d.study(), GroupKey.of("skole"), "Børn og unge"));
    }

    private static StudyDefinition withGroups(StudyDefinition d, GroupSpec... groups) {
        return new StudyDefinition(d.tenant(), d.study(), d.title(), d.sharedTask(), d.startsOn(), d.units(), List.of(groups), d.waves(),
                d.instruments(), d.relations());
    }

    @Test
    void a_version_adopted_before_its_scale_had_wording_is_the_same_version_with_it() throws Exception {
        StudyDefinition d = definition("Skoler", units());
        assertThat(RK.scale().labels()).containsKey(5);
        // a scale recorded before scales had wording reads back without it
        assertThat(dk.samspil.domain.shared.DomainJson.mapper().readValue("{\"min\": 1, \"max\": 5}",
                dk.samspil.domain.instrument.Scale.class).labels()).isEmpty();
        Instrument unworded = new Instrument(RK.ref(), RK.title(), RK.relational(), RK.respondentKind(), RK.scale().unlabelled(),
                RK.missingCode(), RK.dimensions(), RK.items(), RK.bands());
        assertThat(unworded.scale().labels()).isEmpty();
        List<Object> before = new java.util.ArrayList<>(history().stream()
                .map(e -> e instanceof InstrumentAdopted a && a.instrument().ref().equals(RK.ref()) ? new InstrumentAdopted(a.study(), unworded) : e)
                .toList());
        fixture.given(before).when(new DefineStudy(d)).expectNoEvents();
    }

    @Test
    void rejects_a_study_claimed_by_another_organisation() {
        StudyDefinition d = definition("Skoler", units());
        fixture.given(history())
                .when(new DefineStudy(new StudyDefinition(TenantId.of("nabokommune"), d.study(), d.title(), d.sharedTask(),
                        d.startsOn(), d.units(), d.groups(), d.waves(), d.instruments(), d.relations())))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("belongs to organisation 'kommune', not 'nabokommune'"));
    }

    @Test
    void rejects_unknown_parent_and_unit_merged_into_itself() {
        fixture.givenNoPriorActivity()
                .when(new DefineStudy(definition("Skoler", List.of(new UnitSpec(UnitKey.of("d01"), "Distrikt", UnitKey.of("d01")),
                        new UnitSpec(UnitKey.of("d02"), "Distrikt 2", UnitKey.of("nowhere"))))))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("unit 'd02' has unknown parent 'nowhere'"));
    }

    @Test
    void rejects_a_changed_definition_of_an_adopted_instrument_version() {
        Instrument changed = new Instrument(RK.ref(), RK.title(), true, RK.respondentKind(), new dk.samspil.domain.instrument.Scale(1, 7),
                "", RK.dimensions(), RK.items(), RK.bands());
        StudyDefinition d = definition("Skoler", units());
        fixture.given(history())
                .when(new DefineStudy(new StudyDefinition(d.tenant(), d.study(), d.title(), d.sharedTask(), d.startsOn(),
                        d.units(), d.groups(), d.waves(), List.of(changed), d.relations())))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("a changed instrument needs a new version"));
    }

    @Test
    void rejects_a_wave_that_closes_before_it_opens() {
        StudyDefinition d = definition("Skoler", units());
        fixture.givenNoPriorActivity()
                .when(new DefineStudy(new StudyDefinition(d.tenant(), d.study(), d.title(), d.sharedTask(), d.startsOn(),
                        d.units(), d.groups(), List.of(new WaveSpec(WaveKey.of("w9"), "W9", LocalDate.of(2023, 2, 1), LocalDate.of(2023, 1, 1))),
                        d.instruments(), d.relations())))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("wave 'w9' closes (2023-01-01) before it opens (2023-02-01)"));
    }

    @Test
    void a_key_named_twice_in_one_definition_is_recorded_then_restated_in_the_order_read() {
        StudyDefinition d = definition("Skoler", units());
        fixture.given(history())
                .when(new DefineStudy(new StudyDefinition(d.tenant(), d.study(), d.title(), d.sharedTask(), d.startsOn(),
                        List.of(new UnitSpec(UnitKey.of("d02"), "Distrikt 02", UnitKey.of("bu")), new UnitSpec(UnitKey.of("d02"), "Syd", null)),
                        List.of(new GroupSpec(GroupKey.of("sundhed"), "Sundhed"), new GroupSpec(GroupKey.of("sundhed"), "Sundhedsplejen")),
                        d.waves(), List.of(RK, RK), d.relations())))
                .expectResultMessagePayload(5)
                .expectEvents(new UnitAdded(MINI, UnitKey.of("d02"), "Distrikt 02", UnitKey.of("bu")),
                        new UnitRenamed(MINI, UnitKey.of("d02"), "Syd", null), new UnitMoved(MINI, UnitKey.of("d02"), null),
                        new GroupAdded(MINI, GroupKey.of("sundhed"), "Sundhed"), new GroupRenamed(MINI, GroupKey.of("sundhed"), "Sundhedsplejen"));
    }

    private static List<UnitSpec> units() {
        return List.of(new UnitSpec(UnitKey.of("bu"), "Børn og Unge", null),
                new UnitSpec(UnitKey.of("d01"), "Distrikt 01", UnitKey.of("bu")));
    }

    @Test
    void a_closed_wave_is_released_again_and_again_but_an_open_or_unknown_one_is_not() {
        fixture.registerInjectableResource(java.time.Clock.fixed(java.time.Instant.parse("2023-01-31T22:30:00Z"), java.time.ZoneOffset.UTC));
        // 23:30 in Copenhagen on the wave's last day: still open
        fixture.given(history())
                .when(new ReleaseWave(MINI, WaveKey.of("w0"), "anna"))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("wave w0 closes on 2023-01-31; its figures are released once it has closed"));
        fixture = new AggregateTestFixture<>(Study.class);
        fixture.registerInjectableResource(java.time.Clock.fixed(java.time.Instant.parse("2023-01-31T23:30:00Z"), java.time.ZoneOffset.UTC));
        List<Object> released = new java.util.ArrayList<>(history());
        released.add(new WaveReleased(MINI, WaveKey.of("w0"), "anna", LocalDate.of(2023, 2, 1)));
        fixture.given(released)
                .when(new ReleaseWave(MINI, WaveKey.of("w0"), "bo"))
                .expectEvents(new WaveReleased(MINI, WaveKey.of("w0"), "bo", LocalDate.of(2023, 2, 1)));
        fixture.given(history())
                .when(new ReleaseWave(MINI, WaveKey.of("w7"), "anna"))
                .expectException(Rejected.class)
                .expectExceptionMessage(containsString("study mini has no wave 'w7' (waves: w0)"));
    }

    private static List<Object> history() {
        return List.of(
                new StudyRegistered(MINI, TenantId.of("kommune"), "Samarbejde", "Tidlig hjælp", START),
                new UnitAdded(MINI, UnitKey.of("bu"), "Børn og Unge", null),
                new UnitAdded(MINI, UnitKey.of("d01"), "Distrikt 01", UnitKey.of("bu")),
                new GroupAdded(MINI, GroupKey.of("skole"), "Skoler"),
                new GroupAdded(MINI, GroupKey.of("familie"), "Familieafdelingen"),
                new WaveScheduled(MINI, WaveKey.of("w0"), "Opstart", LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 31)),
                new InstrumentAdopted(MINI, RK),
                new RelationMapped(MINI, GroupKey.of("skole"), GroupKey.of("familie"), Importance.HIGH));
    }

    private static StudyDefinition definition(String schoolName, List<UnitSpec> units) {
        return new StudyDefinition(TenantId.of("kommune"), MINI, "Samarbejde", "Tidlig hjælp", START, units,
                List.of(new GroupSpec(GroupKey.of("skole"), schoolName), new GroupSpec(GroupKey.of("familie"), "Familieafdelingen")),
                List.of(new WaveSpec(WaveKey.of("w0"), "Opstart", LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 31))),
                List.of(RK),
                List.of(new RelationSpec(GroupKey.of("skole"), GroupKey.of("familie"), Importance.HIGH)));
    }
}
