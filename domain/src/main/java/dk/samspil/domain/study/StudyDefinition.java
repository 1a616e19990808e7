package dk.samspil.domain.study;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;

import java.time.LocalDate;
import java.util.List;

/**
 * A study's structure as a bundle's study.json states it.
 *
 * @param citation how the study is cited, or null when study.json states none (a recorded citation then stands)
 */
public record StudyDefinition(
        TenantId tenant,
        StudyId study,
        String title,
        String sharedTask,
        LocalDate startsOn,
        List<UnitSpec> units,
        List<GroupSpec> groups,
        List<WaveSpec> waves,
        List<Instrument> instruments,
        List<RelationSpec> relations,
        List<AttributeSpec> attributes,
        StudyCitation citation) {

    public StudyDefinition {
        units = List.copyOf(units);
        groups = List.copyOf(groups);
        waves = List.copyOf(waves);
        instruments = List.copyOf(instruments);
        relations = List.copyOf(relations);
        attributes = List.copyOf(attributes);
    }

    /** A study stating no citation. */
    public StudyDefinition(TenantId tenant, StudyId study, String title, String sharedTask, LocalDate startsOn, List<UnitSpec> units,
                           List<GroupSpec> groups, List<WaveSpec> waves, List<Instrument> instruments, List<RelationSpec> relations,
                           List<AttributeSpec> attributes) {
        this(tenant, study, title, sharedTask, startsOn, units, groups, waves, instruments, relations, attributes, null);
    }

    /** A study without background attributes. */
    public StudyDefinition(TenantId tenant, StudyId study, String title, String sharedTask, LocalDate startsOn, List<UnitSpec> units,
                           List<GroupSpec> groups, List<WaveSpec> waves, List<Instrument> instruments, List<RelationSpec> relations) {
        this(tenant, study, title, sharedTask, startsOn, units, groups, waves, instruments, relations, List.of());
    }

    /** @param parent null for a top unit */
    public record UnitSpec(UnitKey key, String name, UnitKey parent) {
    }

    /** @param silo the organisation's silo (søjle) the group belongs to; null when not stated */
    public record GroupSpec(GroupKey key, String name, String silo) {

        public GroupSpec(GroupKey key, String name) {
            this(key, name, null);
        }
    }

    public record WaveSpec(WaveKey key, String label, LocalDate opensOn, LocalDate closesOn) {

        public boolean contains(LocalDate date) {
            return !date.isBefore(opensOn) && !date.isAfter(closesOn);
        }
    }

    public record RelationSpec(GroupKey from, GroupKey to, Importance importance) {
    }
}
