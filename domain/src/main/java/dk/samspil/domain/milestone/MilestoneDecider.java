package dk.samspil.domain.milestone;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dk.samspil.domain.shared.Checks.note;
import static dk.samspil.domain.shared.Checks.required;

/**
 * The rule for a study reaching a process step: recorded, and recorded again only when the date
 * or note changes. Pure: the study hands in the step's latest recording, applies the events and
 * keeps what {@link #evolve} says.
 */
public final class MilestoneDecider {

    private MilestoneDecider() {
    }

    /**
     * @param latest the step's latest recording, null while it was never reached
     * @return the step reached; none when it restates the latest recording exactly
     */
    public static List<Object> decide(ReachMilestone c, MilestoneReached latest) {
        MilestoneReached reached = new MilestoneReached(c.study(), c.milestone(), required(c.reachedOn(), "the date the step was reached"),
                note(c.note()));
        return reached.equals(latest) ? List.of() : List.of(reached);
    }

    /** The latest recording of each step after one more event: a new map when a step was reached, the same map otherwise. */
    public static Map<Milestone, MilestoneReached> evolve(Map<Milestone, MilestoneReached> reached, Object event) {
        if (!(event instanceof MilestoneReached e)) {
            return reached;
        }
        Map<Milestone, MilestoneReached> next = new EnumMap<>(Milestone.class);
        next.putAll(reached);
        next.put(e.milestone(), e);
        return next;
    }
}
