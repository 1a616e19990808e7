package dk.samspil.domain.study;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.StudyDefinition.GroupSpec;
import dk.samspil.domain.study.StudyDefinition.RelationSpec;
import dk.samspil.domain.study.StudyDefinition.UnitSpec;
import dk.samspil.domain.study.StudyDefinition.WaveSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The rule for (re)defining a study: the events that bring its recorded structure up to the
 * definition (omissions remove nothing), or {@link Rejected} with every reason it cannot.
 */
final class StructureDecider {

    private StructureDecider() {
    }

    /** A study's groups as an event leaves them: added, renamed (keeping their silo) or placed in a silo. */
    static void evolveGroups(Map<GroupKey, GroupSpec> groups, Object event) {
        switch (event) {
            case GroupAdded e -> groups.put(e.group(), new GroupSpec(e.group(), e.name()));
            case GroupRenamed e -> groups.computeIfPresent(e.group(), (k, g) -> new GroupSpec(k, e.name(), g.silo()));
            case GroupSiloStated e -> groups.computeIfPresent(e.group(), (k, g) -> new GroupSpec(k, g.name(), e.silo()));
            default -> {
            }
        }
    }

    /** @param recorded the structure recorded so far, as a definition would state it; null while the study is not registered */
    static List<Object> decide(DefineStudy command, StudyDefinition recorded) {
        StudyDefinition d = command.definition();
        // a study not registered yet has recorded nothing
        StudyDefinition before = recorded != null ? recorded
                : new StudyDefinition(null, d.study(), null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        // by key, and updated as events are decided: a key the definition names twice meets its first mention
        Map<UnitKey, UnitSpec> units = byKey(before.units(), UnitSpec::key);
        Map<GroupKey, GroupSpec> groups = byKey(before.groups(), GroupSpec::key);
        Map<WaveKey, WaveSpec> waves = byKey(before.waves(), WaveSpec::key);
        Map<InstrumentRef, Instrument> instruments = byKey(before.instruments(), Instrument::ref);
        Map<List<GroupKey>, RelationSpec> relations = byKey(before.relations(), r -> List.of(r.from(), r.to()));
        Map<AttributeKey, AttributeSpec> attributes = byKey(before.attributes(), AttributeSpec::key);
        List<String> problems = problems(d, before.tenant(), units, groups.keySet(), instruments);
        problems.addAll(attributeProblems(d.attributes(), attributes));
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        List<Object> events = new ArrayList<>();
        if (recorded == null) {
            events.add(new StudyRegistered(d.study(), d.tenant(), d.title(), d.sharedTask(), d.startsOn()));
        } else if (!Objects.equals(recorded.title(), d.title()) || !Objects.equals(recorded.sharedTask(), d.sharedTask())
                || !Objects.equals(recorded.startsOn(), d.startsOn())) {
            events.add(new StudyDescriptionRevised(d.study(), d.title(), d.sharedTask(), d.startsOn()));
        }
        // parents before children, so a unit's parent always exists when it is added
        for (UnitSpec unit : parentsFirst(d.units(), units.keySet())) {
            UnitSpec known = units.put(unit.key(), unit);
            if (known == null) {
                events.add(new UnitAdded(d.study(), unit.key(), unit.name(), unit.parent()));
                continue;
            }
            if (!known.name().equals(unit.name())) {
                events.add(new UnitRenamed(d.study(), unit.key(), unit.name(), null));
            }
            if (!Objects.equals(known.parent(), unit.parent())) {
                events.add(new UnitMoved(d.study(), unit.key(), unit.parent()));
            }
        }
        for (GroupSpec group : d.groups()) {
            GroupSpec known = groups.put(group.key(), group);
            if (known == null) {
                events.add(new GroupAdded(d.study(), group.key(), group.name()));
            } else if (!known.name().equals(group.name())) {
                events.add(new GroupRenamed(d.study(), group.key(), group.name()));
            }
            // a definition that leaves the silo out keeps the one stated before
            if (group.silo() != null && !group.silo().equals(known == null ? null : known.silo())) {
                events.add(new GroupSiloStated(d.study(), group.key(), group.silo()));
            } else if (known != null && group.silo() == null) {
                groups.put(group.key(), new GroupSpec(group.key(), group.name(), known.silo()));
            }
        }
        for (WaveSpec wave : d.waves()) {
            WaveSpec known = waves.put(wave.key(), wave);
            if (known == null) {
                events.add(new WaveScheduled(d.study(), wave.key(), wave.label(), wave.opensOn(), wave.closesOn()));
            } else if (!known.equals(wave)) {
                events.add(new WaveRescheduled(d.study(), wave.key(), wave.label(), wave.opensOn(), wave.closesOn()));
            }
        }
        for (Instrument instrument : d.instruments()) {
            if (instruments.putIfAbsent(instrument.ref(), instrument) == null) {
                events.add(new InstrumentAdopted(d.study(), instrument));
            }
        }
        for (RelationSpec relation : d.relations()) {
            RelationSpec known = relations.put(List.of(relation.from(), relation.to()), relation);
            if ((known == null ? null : known.importance()) != relation.importance()) {
                events.add(new RelationMapped(d.study(), relation.from(), relation.to(), relation.importance()));
            }
        }
        for (AttributeSpec attribute : d.attributes()) {
            if (!attribute.equals(attributes.put(attribute.key(), attribute))) {
                events.add(new AttributeDefined(d.study(), attribute));
            }
        }
        // a study.json without a citation leaves the recorded one standing
        if (d.citation() != null && !d.citation().equals(before.citation())) {
            events.add(new StudyCitationStated(d.study(), d.citation().authors(), d.citation().producer(), d.citation().distributor()));
        }
        return events;
    }

    /**
     * An attribute keeps whose it is and every value it has had: recorded values may be in use, and a
     * respondent's attribute cannot become a citizen's.
     */
    private static List<String> attributeProblems(List<AttributeSpec> incoming, Map<AttributeKey, AttributeSpec> recorded) {
        List<String> problems = new ArrayList<>();
        for (AttributeSpec attribute : incoming) {
            AttributeSpec known = recorded.get(attribute.key());
            if (known == null) {
                continue;
            }
            if (known.appliesTo() != attribute.appliesTo()) {
                problems.add("attribute '" + attribute.key() + "' applies to " + known.appliesTo().key() + "s; it cannot change to "
                        + attribute.appliesTo().key() + "s (define a new attribute)");
            }
            known.values().stream().filter(v -> attribute.value(v.key()).isEmpty()).forEach(v -> problems.add("attribute '"
                    + attribute.key() + "' has the value '" + v.key() + "' recorded; a value is never removed (list it again)"));
        }
        return problems;
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        Map<K, V> byKey = new HashMap<>();
        values.forEach(v -> byKey.put(key.apply(v), v));
        return byKey;
    }

    /**
     * @param tenant null while the study is not registered
     * @return every reason the definition cannot be recorded; empty when it can
     */
    private static List<String> problems(StudyDefinition d, TenantId tenant, Map<UnitKey, UnitSpec> units, Set<GroupKey> groups,
                                         Map<InstrumentRef, Instrument> instruments) {
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
        if (problems.isEmpty() && hasCycle(units.values(), d.units())) {
            problems.add("the unit hierarchy has a cycle");
        }
        Set<GroupKey> groupKeys = new HashSet<>(groups);
        d.groups().forEach(g -> groupKeys.add(g.key()));
        for (WaveSpec wave : d.waves()) {
            if (wave.closesOn().isBefore(wave.opensOn())) {
                problems.add("wave '" + wave.key() + "' closes (" + wave.closesOn() + ") before it opens (" + wave.opensOn() + ")");
            }
        }
        for (Instrument instrument : d.instruments()) {
            Instrument known = instruments.get(instrument.ref());
            // the scale's wording is presentation: a version adopted before it had wording is the same version
            if (known != null && !unlabelled(known).equals(unlabelled(instrument))) {
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

    /** The incoming units ordered so that a unit's parent is recorded, or comes, before it. */
    private static List<UnitSpec> parentsFirst(List<UnitSpec> incoming, Set<UnitKey> recorded) {
        List<UnitSpec> ordered = new ArrayList<>();
        Set<UnitKey> placed = new HashSet<>(recorded);
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

    private static boolean hasCycle(Iterable<UnitSpec> recorded, List<UnitSpec> incoming) {
        Map<UnitKey, UnitKey> parent = new HashMap<>();
        recorded.forEach(u -> parent.put(u.key(), u.parent()));
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

    private static Instrument unlabelled(Instrument i) {
        return new Instrument(i.ref(), i.title(), i.relational(), i.respondentKind(), i.scale().unlabelled(), i.missingCode(), i.dimensions(),
                i.items(), i.bands());
    }
}
