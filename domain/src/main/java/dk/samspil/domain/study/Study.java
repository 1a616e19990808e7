package dk.samspil.domain.study;

import dk.samspil.domain.instrument.Instrument;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A study's structure: units, groups, waves, instruments and the relationship map. */
public class Study {

    @AggregateIdentifier
    private String id;
    private TenantId tenant;
    private String title;
    private String sharedTask;
    private LocalDate startsOn;
    private final Map<UnitKey, UnitSpec> units = new HashMap<>();
    private final Map<GroupKey, String> groups = new HashMap<>();
    private final Map<WaveKey, WaveSpec> waves = new HashMap<>();
    private final Map<InstrumentRef, Instrument> instruments = new HashMap<>();
    private final Map<List<GroupKey>, Importance> relations = new HashMap<>();

    protected Study() {
        // for Axon
    }

    public static String aggregateId(StudyId study) {
        return "study/" + study;
    }

    /** @return the number of facts recorded (0 when the definition brings nothing new) */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(DefineStudy command) {
        StudyDefinition d = command.definition();
        List<String> problems = validate(d);
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        int recorded = 0;
        if (id == null) {
            apply(new StudyRegistered(d.study(), d.tenant(), d.title(), d.sharedTask(), d.startsOn()));
            recorded++;
        } else if (!Objects.equals(title, d.title()) || !Objects.equals(sharedTask, d.sharedTask())
                || !Objects.equals(startsOn, d.startsOn())) {
            apply(new StudyDescriptionRevised(d.study(), d.title(), d.sharedTask(), d.startsOn()));
            recorded++;
        }
        // parents before children, so a unit's parent always exists when it is added
        for (UnitSpec unit : parentsFirst(d.units())) {
            UnitSpec known = units.get(unit.key());
            if (known == null) {
                apply(new UnitAdded(d.study(), unit.key(), unit.name(), unit.parent()));
                recorded++;
                continue;
            }
            if (!known.name().equals(unit.name())) {
                apply(new UnitRenamed(d.study(), unit.key(), unit.name()));
                recorded++;
            }
            if (!Objects.equals(known.parent(), unit.parent())) {
                apply(new UnitMoved(d.study(), unit.key(), unit.parent()));
                recorded++;
            }
        }
        for (GroupSpec group : d.groups()) {
            String known = groups.get(group.key());
            if (known == null) {
                apply(new GroupAdded(d.study(), group.key(), group.name()));
                recorded++;
            } else if (!known.equals(group.name())) {
                apply(new GroupRenamed(d.study(), group.key(), group.name()));
                recorded++;
            }
        }
        for (WaveSpec wave : d.waves()) {
            WaveSpec known = waves.get(wave.key());
            if (known == null) {
                apply(new WaveScheduled(d.study(), wave.key(), wave.label(), wave.opensOn(), wave.closesOn()));
                recorded++;
            } else if (!known.equals(wave)) {
                apply(new WaveRescheduled(d.study(), wave.key(), wave.label(), wave.opensOn(), wave.closesOn()));
                recorded++;
            }
        }
        for (Instrument instrument : d.instruments()) {
            if (!instruments.containsKey(instrument.ref())) {
                apply(new InstrumentAdopted(d.study(), instrument));
                recorded++;
            }
        }
        for (RelationSpec relation : d.relations()) {
            if (relations.get(List.of(relation.from(), relation.to())) != relation.importance()) {
                apply(new RelationMapped(d.study(), relation.from(), relation.to(), relation.importance()));
                recorded++;
            }
        }
        return recorded;
    }

    private List<String> validate(StudyDefinition d) {
        List<String> problems = new ArrayList<>();
        if (tenant != null && !tenant.equals(d.tenant())) {
            problems.add("study '" + d.study() + "' belongs to organisation '" + tenant + "', not '" + d.tenant() + "'");
        }
        if (d.title() == null || d.title().isBlank()) {
            problems.add("study '" + d.study() + "' needs a title");
        }
        Set<UnitKey> unitKeys = new HashSet<>(units.keySet());
        d.units().forEach(u -> unitKeys.add(u.key()));
        for (UnitSpec unit : d.units()) {
            if (unit.parent() != null && !unitKeys.contains(unit.parent())) {
                problems.add("unit '" + unit.key() + "' has unknown parent '" + unit.parent() + "'");
            }
            if (unit.key().equals(unit.parent())) {
                problems.add("unit '" + unit.key() + "' cannot be its own parent");
            }
        }
        if (problems.isEmpty() && hasCycle(d.units())) {
            problems.add("the unit hierarchy has a cycle");
        }
        Set<GroupKey> groupKeys = new HashSet<>(groups.keySet());
        d.groups().forEach(g -> groupKeys.add(g.key()));
        for (WaveSpec wave : d.waves()) {
            if (wave.closesOn().isBefore(wave.opensOn())) {
                problems.add("wave '" + wave.key() + "' closes (" + wave.closesOn() + ") before it opens (" + wave.opensOn() + ")");
            }
        }
        for (Instrument instrument : d.instruments()) {
            Instrument known = instruments.get(instrument.ref());
            if (known != null && !known.equals(instrument)) {
                problems.add("instrument " + instrument.ref() + " is already in use with a different definition;"
                        + " a changed instrument needs a new version");
            }
        }
        for (RelationSpec relation : d.relations()) {
            for (GroupKey end : List.of(relation.from(), relation.to())) {
                if (!groupKeys.contains(end)) {
                    problems.add("relation " + relation.from() + " -> " + relation.to() + " names unknown group '" + end + "'");
                }
            }
        }
        return problems;
    }

    private boolean hasCycle(List<UnitSpec> incoming) {
        Map<UnitKey, UnitKey> parent = new HashMap<>();
        units.values().forEach(u -> parent.put(u.key(), u.parent()));
        incoming.forEach(u -> parent.put(u.key(), u.parent()));
        for (UnitKey start : parent.keySet()) {
            Set<UnitKey> seen = new HashSet<>();
            for (UnitKey at = start; at != null; at = parent.get(at)) {
                if (!seen.add(at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<UnitSpec> parentsFirst(List<UnitSpec> incoming) {
        List<UnitSpec> ordered = new ArrayList<>();
        Set<UnitKey> placed = new HashSet<>(units.keySet());
        List<UnitSpec> pending = new ArrayList<>(incoming);
        while (!pending.isEmpty()) {
            int before = pending.size();
            pending.removeIf(u -> {
                if (u.parent() == null || placed.contains(u.parent())) {
                    ordered.add(u);
                    placed.add(u.key());
                    return true;
                }
                return false;
            });
            if (pending.size() == before) {
                throw new IllegalStateException("unit hierarchy not resolvable: " + pending);
            }
        }
        return ordered;
    }

    @EventSourcingHandler
    void on(StudyRegistered event) {
        id = aggregateId(event.study());
        tenant = event.tenant();
        title = event.title();
        sharedTask = event.sharedTask();
        startsOn = event.startsOn();
    }

    @EventSourcingHandler
    void on(StudyDescriptionRevised event) {
        title = event.title();
        sharedTask = event.sharedTask();
        startsOn = event.startsOn();
    }

    @EventSourcingHandler
    void on(UnitAdded event) {
        units.put(event.unit(), new UnitSpec(event.unit(), event.name(), event.parent()));
    }

    @EventSourcingHandler
    void on(UnitRenamed event) {
        units.computeIfPresent(event.unit(), (k, u) -> new UnitSpec(k, event.name(), u.parent()));
    }

    @EventSourcingHandler
    void on(UnitMoved event) {
        units.computeIfPresent(event.unit(), (k, u) -> new UnitSpec(k, u.name(), event.parent()));
    }

    @EventSourcingHandler
    void on(GroupAdded event) {
        groups.put(event.group(), event.name());
    }

    @EventSourcingHandler
    void on(GroupRenamed event) {
        groups.put(event.group(), event.name());
    }

    @EventSourcingHandler
    void on(WaveScheduled event) {
        waves.put(event.wave(), new WaveSpec(event.wave(), event.label(), event.opensOn(), event.closesOn()));
    }

    @EventSourcingHandler
    void on(WaveRescheduled event) {
        waves.put(event.wave(), new WaveSpec(event.wave(), event.label(), event.opensOn(), event.closesOn()));
    }

    @EventSourcingHandler
    void on(InstrumentAdopted event) {
        instruments.put(event.instrument().ref(), event.instrument());
    }

    @EventSourcingHandler
    void on(RelationMapped event) {
        relations.put(List.of(event.from(), event.to()), event.importance());
    }
}
