package dk.samspil.ui.app.interventions;

import dk.samspil.domain.shared.Conflicts;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.intervention.AdjustIntervention;
import dk.samspil.domain.intervention.EndIntervention;
import dk.samspil.domain.intervention.InterventionTargets;
import dk.samspil.domain.intervention.InterventionType;
import dk.samspil.domain.intervention.PlanIntervention;
import dk.samspil.domain.intervention.StartIntervention;
import dk.samspil.domain.orgchange.ChangeKind;
import dk.samspil.domain.orgchange.RecordOrganisationalChange;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.InterventionTargetsQuery;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.app.study.StudyAccess;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Records interventions and organisational changes through the Study aggregate's commands and
 * returns once the read model shows them. The aggregate's refusals ({@code Rejected},
 * IllegalArgument/IllegalState) reach the caller unchanged.
 */
@Service
public class InterventionService {

    private static final Duration CATCH_UP = Duration.ofMinutes(1);

    private final CommandGateway commands;
    private final ReadModel readModel;
    private final StudyCatalog catalog;
    private final ReadModelSync sync;
    private final StudyAccess access;

    public InterventionService(CommandGateway commands, ReadModel readModel, StudyCatalog catalog, ReadModelSync sync, StudyAccess access) {
        this.access = access;
        this.commands = commands;
        this.readModel = readModel;
        this.catalog = catalog;
        this.sync = sync;
    }

    /** The study the address names, or the first study when it names none (or one that does not exist). */
    public Optional<StudySummary> study(String key) {
        List<StudySummary.Named> studies = access.open(Operation.VIEW_TIMELINE, key, catalog.studies());
        Optional<StudySummary.Named> chosen = studies.stream().filter(s -> s.key().equals(key)).findFirst()
                .or(() -> studies.stream().findFirst());
        return chosen.flatMap(s -> catalog.study(StudyId.of(s.key()), AsOf.LATEST));
    }

    public Timeline timeline(StudyId study) {
        return readModel.timeline().timeline(study, AsOf.LATEST);
    }

    /** Plans the intervention and, when a start date is given, starts it; the start date is checked before anything is sent. */
    public void plan(StudyId study, String key, InterventionType type, String title, Collection<String> units, Collection<String> groups,
              LocalDate startedOn) {
        access.require(Operation.REGISTER_INTERVENTION, study);
        InterventionKey intervention = InterventionKey.of(key);
        send(new PlanIntervention(study, intervention, type, title, targets(units, groups, null)));
        if (startedOn != null) {
            send(new StartIntervention(study, intervention, startedOn));
        }
        caughtUp();
    }

    public void start(StudyId study, String key, LocalDate startedOn) {
        access.require(Operation.REGISTER_INTERVENTION, study);
        send(new StartIntervention(study, InterventionKey.of(key), startedOn));
        caughtUp();
    }

    /** New title and unit and group targets; the relations and cases it targets stay as they are. */
    public void adjust(StudyId study, String key, String title, Collection<String> units, Collection<String> groups, LocalDate adjustedOn,
                String note) {
        access.require(Operation.REGISTER_INTERVENTION, study);
        InterventionKey intervention = InterventionKey.of(key);
        InterventionTargets before = new InterventionTargetsQuery(readModel.store()).current(study, intervention).orElse(null);
        send(new AdjustIntervention(study, intervention, title, targets(units, groups, before), adjustedOn, blankToNull(note)));
        caughtUp();
    }

    public void end(StudyId study, String key, LocalDate endedOn) {
        access.require(Operation.REGISTER_INTERVENTION, study);
        send(new EndIntervention(study, InterventionKey.of(key), endedOn));
        caughtUp();
    }

    /** @return whether anything was recorded: the same change stated again records nothing */
    public boolean record(StudyId study, ChangeKind change, String unit, String otherUnit, LocalDate effectiveOn, String note) {
        access.require(Operation.REGISTER_CHANGE, study);
        Object recorded = send(new RecordOrganisationalChange(study, change, unit == null ? null : UnitKey.of(unit),
                otherUnit == null ? null : UnitKey.of(otherUnit), effectiveOn, blankToNull(note)));
        caughtUp();
        return Boolean.TRUE.equals(recorded);
    }

    private void caughtUp() {
        sync.awaitCaughtUp(CATCH_UP, at -> { });
    }

    private static InterventionTargets targets(Collection<String> units, Collection<String> groups, InterventionTargets kept) {
        return new InterventionTargets(units.stream().map(UnitKey::of).toList(), groups.stream().map(GroupKey::of).toList(),
                kept == null ? List.of() : kept.relations(), kept == null ? List.of() : kept.cases());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // one command, one transaction: run again whole when another node changed the study first
    private <R> R send(Object command) {
        return Conflicts.retried(() -> commands.sendAndWait(command));
    }
}
