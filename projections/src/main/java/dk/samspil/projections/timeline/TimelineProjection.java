package dk.samspil.projections.timeline;

import dk.samspil.domain.intervention.InterventionAdjusted;
import dk.samspil.domain.intervention.InterventionDatesCorrected;
import dk.samspil.domain.intervention.InterventionEnded;
import dk.samspil.domain.intervention.InterventionEvaluated;
import dk.samspil.domain.intervention.InterventionPlanned;
import dk.samspil.domain.intervention.InterventionStarted;
import dk.samspil.domain.intervention.InterventionTargets;
import dk.samspil.domain.milestone.MilestoneReached;
import dk.samspil.domain.orgchange.LeaderChanged;
import dk.samspil.domain.orgchange.PolicyChanged;
import dk.samspil.domain.orgchange.StaffTurnoverRecorded;
import dk.samspil.domain.orgchange.UnitClosed;
import dk.samspil.domain.orgchange.UnitCreated;
import dk.samspil.domain.orgchange.UnitSplit;
import dk.samspil.domain.orgchange.UnitsMerged;
import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.study.InvitationsIssued;
import dk.samspil.domain.study.UnitRenamed;
import dk.samspil.projections.store.ReadModelBatch;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.projections.store.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** What happened to a study over time: interventions, organisational changes, milestones and invitations. */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class TimelineProjection {

    private final ReadModelBatches batches;

    public TimelineProjection(ReadModelBatches batches) {
        this.batches = batches;
    }

    @EventHandler
    void on(InterventionPlanned e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            InterventionTargets t = e.targets();
            b.execute(sql("intervention_planned"), e.study().value(), e.intervention().value(), e.type().key(), e.title(),
                    join(t.units()), join(t.groups()), relations(t), join(t.cases()), at);
            step(b, e.study(), e.intervention(), "planned", null, null, at);
        });
    }

    @EventHandler
    void on(InterventionStarted e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            newVersion(b, e.study(), e.intervention(), at, "intervention_started", e.startedOn());
            step(b, e.study(), e.intervention(), "started", e.startedOn(), null, at);
        });
    }

    @EventHandler
    void on(InterventionAdjusted e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            InterventionTargets t = e.targets();
            newVersion(b, e.study(), e.intervention(), at, "intervention_adjusted", e.title(), join(t.units()), join(t.groups()),
                    relations(t), join(t.cases()));
            step(b, e.study(), e.intervention(), "adjusted", e.adjustedOn(), e.note(), at);
        });
    }

    @EventHandler
    void on(InterventionEnded e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            newVersion(b, e.study(), e.intervention(), at, "intervention_ended", e.endedOn());
            step(b, e.study(), e.intervention(), "ended", e.endedOn(), null, at);
        });
    }

    @EventHandler
    void on(InterventionEvaluated e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> step(b, e.study(), e.intervention(), "evaluated", e.evaluatedOn(), e.note(), position(token)));
    }

    @EventHandler
    void on(InterventionDatesCorrected e, TrackingToken token) {
        long at = position(token);
        String status = e.endedOn() != null ? "ended" : e.startedOn() != null ? "running" : "planned";
        batches.forEvent(token).ifPresent(b -> {
            newVersion(b, e.study(), e.intervention(), at, "intervention_dates_corrected", status, e.startedOn(), e.endedOn());
            step(b, e.study(), e.intervention(), "dates_corrected", e.startedOn(), "ended " + e.endedOn(), at);
        });
    }

    @EventHandler
    void on(UnitCreated e, TrackingToken token) {
        change(token, e.study(), "unit_created", e.unit(), null, e.effectiveOn(), e.note());
    }

    @EventHandler
    void on(UnitRenamed e, TrackingToken token) {
        if (e.effectiveOn() != null) {
            change(token, e.study(), "unit_renamed", e.unit(), null, e.effectiveOn(), e.name());
        }
    }

    @EventHandler
    void on(UnitsMerged e, TrackingToken token) {
        change(token, e.study(), "unit_merged", e.unit(), e.into(), e.effectiveOn(), e.note());
        batches.forEvent(token).ifPresent(b -> b.execute(sql("unit_lineage"),
                e.study().value(), e.unit().value(), e.into().value(), "merged", e.effectiveOn(), position(token)));
    }

    @EventHandler
    void on(UnitSplit e, TrackingToken token) {
        change(token, e.study(), "unit_split", e.unit(), e.splitOff(), e.effectiveOn(), e.note());
        batches.forEvent(token).ifPresent(b -> b.execute(sql("unit_lineage"),
                e.study().value(), e.unit().value(), e.splitOff().value(), "split", e.effectiveOn(), position(token)));
    }

    @EventHandler
    void on(UnitClosed e, TrackingToken token) {
        change(token, e.study(), "unit_closed", e.unit(), null, e.effectiveOn(), e.note());
    }

    @EventHandler
    void on(LeaderChanged e, TrackingToken token) {
        change(token, e.study(), "leader_changed", e.unit(), null, e.effectiveOn(), e.note());
    }

    @EventHandler
    void on(StaffTurnoverRecorded e, TrackingToken token) {
        change(token, e.study(), "staff_turnover", e.unit(), null, e.effectiveOn(), e.note());
    }

    @EventHandler
    void on(PolicyChanged e, TrackingToken token) {
        change(token, e.study(), "policy_changed", e.unit(), null, e.effectiveOn(), e.note());
    }

    @EventHandler
    void on(MilestoneReached e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.revise(sql("milestone_superseded"), sql("milestone_reached"), position(token),
                List.of(e.study().value(), e.milestone().key()), e.milestone().step(), e.reachedOn(), e.note()));
    }

    @EventHandler
    void on(InvitationsIssued e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.execute(sql("invitations_issued"),
                e.study().value(), e.wave().value(), e.unit().value(), e.count(), e.issuedOn(), position(token)));
    }

    private void change(TrackingToken token, StudyId study, String change, UnitKey unit, UnitKey other, LocalDate effectiveOn, String note) {
        batches.forEvent(token).ifPresent(b -> b.execute(sql("org_change"), study.value(), change,
                unit.value(), other == null ? null : other.value(), effectiveOn, note, position(token)));
    }

    /** Supersedes the current version of an intervention and records the next, as the named statement changes it. */
    private static void newVersion(ReadModelBatch b, StudyId study, InterventionKey key, long at, String next, Object... values) {
        b.revise(sql("intervention_superseded"), sql(next), at, List.of(study.value(), key.value()), values);
    }

    private static void step(ReadModelBatch b, StudyId study, InterventionKey key, String step, LocalDate validOn, String note, long at) {
        b.execute(sql("intervention_step"), study.value(), key.value(), step, validOn, note, at);
    }

    private static String relations(InterventionTargets targets) {
        return targets.relations().stream().map(r -> r.from() + ">" + r.to()).collect(Collectors.joining(";"));
    }

    private static String sql(String name) {
        return Sql.statement("timeline.sql", name);
    }

    private static String join(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(";"));
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow();
    }
}
