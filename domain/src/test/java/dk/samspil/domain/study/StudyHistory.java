package dk.samspil.domain.study;

import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A small study's structure as events, for aggregate tests: units bu > d01, d02; groups skole, familie; wave w0. */
public final class StudyHistory {

    public static final StudyId MINI = StudyId.of("mini");
    public static final UnitKey BU = UnitKey.of("bu");
    public static final UnitKey D01 = UnitKey.of("d01");
    public static final UnitKey D02 = UnitKey.of("d02");
    public static final GroupKey SKOLE = GroupKey.of("skole");
    public static final GroupKey FAMILIE = GroupKey.of("familie");
    public static final WaveKey W0 = WaveKey.of("w0");
    /** The instant the aggregate's clock shows in tests. */
    public static final Instant NOW = Instant.parse("2024-06-03T12:00:00Z");

    private StudyHistory() {
    }

    /** The study aggregate under test, its clock fixed at {@link #NOW}. */
    public static AggregateTestFixture<Study> fixture() {
        AggregateTestFixture<Study> fixture = new AggregateTestFixture<>(Study.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        return fixture;
    }

    /** The structure, then more events. */
    public static List<Object> structureWith(Object... more) {
        List<Object> events = new ArrayList<>(structure());
        events.addAll(List.of(more));
        return events;
    }

    public static List<Object> structure() {
        return List.of(
                new StudyRegistered(MINI, TenantId.of("kommune"), "Samarbejde", "Tidlig hjælp", LocalDate.of(2023, 1, 2)),
                new UnitAdded(MINI, BU, "Børn og Unge", null),
                new UnitAdded(MINI, D01, "Distrikt 01", BU),
                new UnitAdded(MINI, D02, "Distrikt 02", BU),
                new GroupAdded(MINI, SKOLE, "Skoler"),
                new GroupAdded(MINI, FAMILIE, "Familieafdelingen"),
                new WaveScheduled(MINI, W0, "Opstart", LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 31)),
                new InstrumentAdopted(MINI, InstrumentCatalog.builtIn().get(InstrumentRef.parse("rk@1"))));
    }
}
