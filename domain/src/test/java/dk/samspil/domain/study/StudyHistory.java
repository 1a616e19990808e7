package dk.samspil.domain.study;

import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;

import java.time.LocalDate;
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

    private StudyHistory() {
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
