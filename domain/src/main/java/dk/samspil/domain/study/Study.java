package dk.samspil.domain.study;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.intervention.AdjustIntervention;
import dk.samspil.domain.intervention.EndIntervention;
import dk.samspil.domain.intervention.EvaluateIntervention;
import dk.samspil.domain.intervention.InterventionDecider;
import dk.samspil.domain.intervention.PlanIntervention;
import dk.samspil.domain.intervention.StartIntervention;
import dk.samspil.domain.intervention.SyncIntervention;
import dk.samspil.domain.milestone.Milestone;
import dk.samspil.domain.milestone.MilestoneDecider;
import dk.samspil.domain.milestone.MilestoneReached;
import dk.samspil.domain.milestone.ReachMilestone;
import dk.samspil.domain.orgchange.OrganisationalChangeDecider;
import dk.samspil.domain.orgchange.RecordOrganisationalChange;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InterventionKey;
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
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dk.samspil.domain.shared.Checks.knownUnit;
import static dk.samspil.domain.shared.Checks.required;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A study: its structure (units, groups, waves, instruments, the relationship map), and the few,
 * dated facts that must be checked against it: interventions, organisational changes, process
 * milestones and invitations.
 */
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
    private Map<InterventionKey, InterventionDecider.InterventionState> interventions = Map.of();
    private Set<RecordOrganisationalChange> changes = Set.of();
    private Map<Milestone, MilestoneReached> milestones = Map.of();

    protected Study() {
        // for Axon
    }

    public static String aggregateId(StudyId study) {
        return study.aggregateId();
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
                apply(new UnitRenamed(d.study(), unit.key(), unit.name(), null));
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


    @CommandHandler
    public void handle(PlanIntervention command) {
        record(InterventionDecider.decide(command, interventions.get(command.intervention()), units.keySet(), groups.keySet()));
    }

    @CommandHandler
    public void handle(StartIntervention command) {
        record(InterventionDecider.decide(command, interventions.get(command.intervention())));
    }

    @CommandHandler
    public void handle(AdjustIntervention command) {
        record(InterventionDecider.decide(command, interventions.get(command.intervention()), units.keySet(), groups.keySet()));
    }

    @CommandHandler
    public void handle(EndIntervention command) {
        record(InterventionDecider.decide(command, interventions.get(command.intervention())));
    }

    @CommandHandler
    public void handle(EvaluateIntervention command) {
        record(InterventionDecider.decide(command, interventions.get(command.intervention())));
    }

    /** @return the number of facts recorded */
    @CommandHandler
    public int handle(SyncIntervention command, Clock clock) {
        // in the server's zone, as LocalDate.now() read it before the clock was injected
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        return record(InterventionDecider.decide(command, interventions.get(command.intervention()), units.keySet(), groups.keySet(),
                today));
    }

    /** @return whether anything was recorded (an identical change restated records nothing) */
    @CommandHandler
    public boolean handle(RecordOrganisationalChange command) {
        return record(OrganisationalChangeDecider.decide(command, units.keySet(), changes, UnitRenamed::new)) > 0;
    }

    /** @return whether anything was recorded */
    @CommandHandler
    public boolean handle(ReachMilestone command) {
        return record(MilestoneDecider.decide(command, milestones.get(command.milestone()))) > 0;
    }

    @CommandHandler
    public void handle(IssueInvitations c) {
        knownUnit(c.unit(), units.keySet(), "unit");
        WaveSpec wave = waves.get(c.wave());
        if (wave == null) {
            throw new Rejected("study " + c.study() + " has no wave '" + c.wave() + "'");
        }
        if (c.count() < 1) {
            throw new Rejected("at least one invitation is issued, not " + c.count());
        }
        apply(new InvitationsIssued(c.study(), c.wave(), c.unit(), c.count(), required(c.issuedOn(), "the date the links were issued")));
    }

    /** @return how many events were recorded */
    private static int record(List<Object> events) {
        events.forEach(AggregateLifecycle::apply);
        return events.size();
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
        changes = OrganisationalChangeDecider.renamed(changes, event.study(), event.unit(), event.name(), event.effectiveOn());
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

    /** Every event no handler above takes: the deciders keep what their later decisions need of it. */
    @EventSourcingHandler
    void on(Object event) {
        interventions = InterventionDecider.evolve(interventions, event);
        changes = OrganisationalChangeDecider.evolve(changes, event);
        milestones = MilestoneDecider.evolve(milestones, event);
    }
}
