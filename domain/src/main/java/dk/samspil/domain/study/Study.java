package dk.samspil.domain.study;

import dk.samspil.domain.fieldwork.FieldworkDecider;
import dk.samspil.domain.fieldwork.RecordFieldworkSending;
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
import dk.samspil.domain.shared.AttributeKey;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.InterventionKey;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A study: its structure (units, groups, waves, instruments, the relationship map), and the few,
 * dated facts that must be checked against it: interventions, organisational changes, process
 * milestones and invitations. The rules of the structure, interventions, organisational changes and
 * milestones are deciders (the structure's in this package, the others in theirs): the study hands
 * each what it needs and records what it decides. Invitations are checked here.
 */
public class Study {

    /** Where the study's days begin and end, for a wave's close. */
    private static final ZoneId STUDY_ZONE = ZoneId.of("Europe/Copenhagen");

    @AggregateIdentifier
    private String id;
    private StudyId study;
    private TenantId tenant;
    private String title;
    private String sharedTask;
    private LocalDate startsOn;
    private final Map<UnitKey, UnitSpec> units = new HashMap<>();
    private final Map<GroupKey, GroupSpec> groups = new HashMap<>();
    private final Map<WaveKey, WaveSpec> waves = new HashMap<>();
    private final Map<InstrumentRef, Instrument> instruments = new HashMap<>();
    private final Map<List<GroupKey>, RelationSpec> relations = new HashMap<>();
    private final Map<AttributeKey, AttributeSpec> attributes = new HashMap<>();
    private StudyCitation citation;
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
        StudyDefinition recorded = id == null ? null : new StudyDefinition(tenant, study, title, sharedTask, startsOn,
                List.copyOf(units.values()), List.copyOf(groups.values()), List.copyOf(waves.values()),
                List.copyOf(instruments.values()), List.copyOf(relations.values()), List.copyOf(attributes.values()), citation);
        return record(StructureDecider.decide(command, recorded));
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
        record(InvitationDecider.decide(c, units.keySet(), waves.keySet()));
    }

    @CommandHandler
    public void handle(RecordFieldworkSending c) {
        record(FieldworkDecider.decide(c, units.keySet(), waves.keySet()));
    }

    /** A wave is released once it has closed (its last day is over where the study happens); again later, a new release point. */
    @CommandHandler
    public void handle(ReleaseWave c, Clock clock) {
        WaveSpec wave = waves.get(c.wave());
        if (wave == null) {
            throw new Rejected("study " + c.study() + " has no wave '" + c.wave() + "' (waves: " + waves.keySet().stream()
                    .map(WaveKey::value).sorted().collect(java.util.stream.Collectors.joining(", ")) + ")");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), STUDY_ZONE);
        if (!wave.closesOn().isBefore(today)) {
            throw new Rejected("wave " + c.wave() + " closes on " + wave.closesOn() + "; its figures are released once it has closed");
        }
        apply(new WaveReleased(c.study(), c.wave(), c.releasedBy(), today));
    }

    /** @return how many events were recorded */
    private static int record(List<Object> events) {
        events.forEach(AggregateLifecycle::apply);
        return events.size();
    }

    @EventSourcingHandler
    void on(StudyRegistered event) {
        id = aggregateId(event.study());
        study = event.study();
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
        relations.put(List.of(event.from(), event.to()), new RelationSpec(event.from(), event.to(), event.importance()));
    }

    @EventSourcingHandler
    void on(AttributeDefined event) {
        attributes.put(event.attribute().key(), event.attribute());
    }

    /** Every event no handler above takes: the deciders keep what their later decisions need of it. */
    @EventSourcingHandler
    void on(Object event) {
        citation = event instanceof StudyCitationStated stated ? stated.citation() : citation;
        StructureDecider.evolveGroups(groups, event);
        interventions = InterventionDecider.evolve(interventions, event);
        changes = OrganisationalChangeDecider.evolve(changes, event);
        milestones = MilestoneDecider.evolve(milestones, event);
    }
}
