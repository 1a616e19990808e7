package dk.samspil.domain.intervention;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InterventionKey;
import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static dk.samspil.domain.shared.Checks.required;

/**
 * The rules of an intervention's life in a study, one decision per command: the events the
 * command records, or {@link Rejected} with the reasons it cannot. Each decision takes only what
 * it needs: what is known of the intervention (null while the study has none under the command's
 * key) and, where targets are checked, the study's units and groups. Pure: the study applies the
 * events and keeps what {@link #evolve} says.
 */
public final class InterventionDecider {

    /**
     * What the study knows of one intervention once its events are applied. Named as the aggregate's
     * own record was: EventJsonApprovalTest takes any other record of a feature package for an event.
     */
    public record InterventionState(InterventionType type, String title, InterventionTargets targets, LocalDate startedOn,
                                    LocalDate endedOn) {

        InterventionState dated(LocalDate started, LocalDate ended) {
            return new InterventionState(type, title, targets, started, ended);
        }

        InterventionState restated(String newTitle, InterventionTargets newTargets) {
            return new InterventionState(type, newTitle, newTargets, startedOn, endedOn);
        }
    }

    private InterventionDecider() {
    }

    public static List<Object> decide(PlanIntervention c, InterventionState known, Set<UnitKey> units, Set<GroupKey> groups) {
        if (known != null) {
            throw new Rejected("intervention '" + c.intervention() + "' already exists");
        }
        checkTargets(c.intervention(), c.targets(), units, groups);
        return List.of(new InterventionPlanned(c.study(), c.intervention(), c.type(), required(c.title(), "a title"), c.targets()));
    }

    public static List<Object> decide(StartIntervention c, InterventionState known) {
        requireKnown(c.study(), c.intervention(), known);
        if (known.startedOn() != null) {
            throw new Rejected("intervention '" + c.intervention() + "' already started on " + known.startedOn());
        }
        return List.of(new InterventionStarted(c.study(), c.intervention(), required(c.startedOn(), "a start date")));
    }

    public static List<Object> decide(AdjustIntervention c, InterventionState known, Set<UnitKey> units, Set<GroupKey> groups) {
        requireKnown(c.study(), c.intervention(), known);
        if (known.endedOn() != null) {
            throw new Rejected("intervention '" + c.intervention() + "' ended on " + known.endedOn() + " and can no longer be adjusted");
        }
        checkTargets(c.intervention(), c.targets(), units, groups);
        return List.of(new InterventionAdjusted(c.study(), c.intervention(), required(c.title(), "a title"),
                c.targets(), required(c.adjustedOn(), "the date of the adjustment"), c.note()));
    }

    public static List<Object> decide(EndIntervention c, InterventionState known) {
        requireKnown(c.study(), c.intervention(), known);
        if (known.startedOn() == null) {
            throw new Rejected("intervention '" + c.intervention() + "' has not started, so it cannot end");
        }
        if (known.endedOn() != null) {
            throw new Rejected("intervention '" + c.intervention() + "' already ended on " + known.endedOn());
        }
        checkDates(c.intervention(), known.startedOn(), required(c.endedOn(), "an end date"));
        return List.of(new InterventionEnded(c.study(), c.intervention(), c.endedOn()));
    }

    public static List<Object> decide(EvaluateIntervention c, InterventionState known) {
        requireKnown(c.study(), c.intervention(), known);
        return List.of(new InterventionEvaluated(c.study(), c.intervention(), required(c.evaluatedOn(), "the date of the evaluation"),
                required(c.note(), "a note saying what was learnt")));
    }

    /**
     * A bundle row restating the intervention: plans, adjusts, starts and ends it as needed, or
     * corrects dates it recorded before.
     *
     * @param today the date of an adjustment the row does not date itself (it has no start date)
     */
    public static List<Object> decide(SyncIntervention c, InterventionState known, Set<UnitKey> units, Set<GroupKey> groups,
                                      LocalDate today) {
        checkTargets(c.intervention(), c.targets(), units, groups);
        if (c.endedOn() != null && c.startedOn() == null) {
            throw new Rejected("intervention '" + c.intervention() + "' has an end date but no start date");
        }
        if (c.startedOn() != null && c.endedOn() != null) {
            checkDates(c.intervention(), c.startedOn(), c.endedOn());
        }
        List<Object> events = new ArrayList<>();
        if (known == null) {
            events.add(new InterventionPlanned(c.study(), c.intervention(), c.type(), required(c.title(), "a title"), c.targets()));
        } else if (known.type() != c.type()) {
            throw new Rejected("intervention '" + c.intervention() + "' is a " + known.type().key() + ", not a " + c.type().key()
                    + "; a different kind of intervention needs a key of its own");
        } else if (!known.title().equals(c.title()) || !known.targets().equals(c.targets())) {
            events.add(new InterventionAdjusted(c.study(), c.intervention(), c.title(), c.targets(),
                    c.startedOn() != null ? c.startedOn() : today, "restated by an imported bundle"));
        }
        LocalDate started = known == null ? null : known.startedOn();
        LocalDate ended = known == null ? null : known.endedOn();
        // a date recorded before is corrected as a whole, so history keeps what was first stated
        if (started != null && (!started.equals(c.startedOn()) || ended != null && !ended.equals(c.endedOn()))) {
            events.add(new InterventionDatesCorrected(c.study(), c.intervention(), c.startedOn(), c.endedOn()));
            return events;
        }
        if (started == null && c.startedOn() != null) {
            events.add(new InterventionStarted(c.study(), c.intervention(), c.startedOn()));
        }
        if (ended == null && c.endedOn() != null) {
            events.add(new InterventionEnded(c.study(), c.intervention(), c.endedOn()));
        }
        return events;
    }

    /** The study's interventions after one more event: a new map when the event is about one, the same map otherwise. */
    public static Map<InterventionKey, InterventionState> evolve(Map<InterventionKey, InterventionState> known, Object event) {
        return switch (event) {
            case InterventionPlanned e -> with(known, e.intervention(), new InterventionState(e.type(), e.title(), e.targets(), null, null));
            case InterventionStarted e -> update(known, e.intervention(), i -> i.dated(e.startedOn(), i.endedOn()));
            case InterventionAdjusted e -> update(known, e.intervention(), i -> i.restated(e.title(), e.targets()));
            case InterventionEnded e -> update(known, e.intervention(), i -> i.dated(i.startedOn(), e.endedOn()));
            case InterventionDatesCorrected e -> update(known, e.intervention(), i -> i.dated(e.startedOn(), e.endedOn()));
            default -> known;
        };
    }

    private static Map<InterventionKey, InterventionState> with(Map<InterventionKey, InterventionState> known, InterventionKey key,
                                                               InterventionState intervention) {
        Map<InterventionKey, InterventionState> next = new HashMap<>(known);
        next.put(key, intervention);
        return next;
    }

    /** An event about an intervention the study does not know changes nothing. */
    private static Map<InterventionKey, InterventionState> update(Map<InterventionKey, InterventionState> known, InterventionKey key,
                                                                 UnaryOperator<InterventionState> change) {
        return known.containsKey(key) ? with(known, key, change.apply(known.get(key))) : known;
    }

    private static void requireKnown(StudyId study, InterventionKey key, InterventionState known) {
        if (known == null) {
            throw new Rejected("study " + study + " has no intervention '" + key + "'");
        }
    }

    private static void checkTargets(InterventionKey key, InterventionTargets targets, Set<UnitKey> units, Set<GroupKey> groups) {
        List<String> problems = new ArrayList<>();
        targets.units().stream().filter(u -> !units.contains(u))
                .forEach(u -> problems.add("intervention '" + key + "' targets unknown unit '" + u + "'"));
        targets.groups().stream().filter(g -> !groups.contains(g))
                .forEach(g -> problems.add("intervention '" + key + "' targets unknown group '" + g + "'"));
        targets.relations().forEach(r -> List.of(r.from(), r.to()).stream().filter(g -> !groups.contains(g))
                .forEach(g -> problems.add("intervention '" + key + "' targets a relation with unknown group '" + g + "'")));
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
    }

    private static void checkDates(InterventionKey key, LocalDate startedOn, LocalDate endedOn) {
        if (endedOn.isBefore(startedOn)) {
            throw new Rejected("intervention '" + key + "' cannot end (" + endedOn + ") before it starts (" + startedOn + ")");
        }
    }
}
