package dk.samspil.domain.orgchange;

import dk.samspil.domain.shared.Rejected;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dk.samspil.domain.shared.Checks.knownUnit;
import static dk.samspil.domain.shared.Checks.note;
import static dk.samspil.domain.shared.Checks.required;

/**
 * The rule for recording an organisational change in a study: the event of its kind, once.
 * Pure: the study hands in its units and the changes recorded before, applies the events and
 * keeps what {@link #evolve} says.
 */
public final class OrganisationalChangeDecider {

    /** How the study records a unit's new name: its own event, which study.json's renames share (study uses this package, not the reverse). */
    @FunctionalInterface
    public interface Renaming {
        Object event(StudyId study, UnitKey unit, String name, LocalDate effectiveOn);
    }

    private OrganisationalChangeDecider() {
    }

    /**
     * @param units    the study's units, which a change must name
     * @param recorded the changes recorded before, as the commands that would state them again
     * @return the change's event; none when the same change was recorded before
     */
    public static List<Object> decide(RecordOrganisationalChange c, Set<UnitKey> units, Set<RecordOrganisationalChange> recorded,
                                      Renaming renaming) {
        knownUnit(c.unit(), units, "unit");
        required(c.effectiveOn(), "the date the change took effect");
        checkOtherUnit(c, units);
        if (recorded.contains(c)) {
            return List.of();
        }
        String note = note(c.note());
        return List.of(switch (c.change()) {
            case UNIT_CREATED -> new UnitCreated(c.study(), c.unit(), c.effectiveOn(), note);
            case UNIT_RENAMED -> renaming.event(c.study(), c.unit(), required(note, "the new name in the note"), c.effectiveOn());
            case UNIT_MERGED -> new UnitsMerged(c.study(), c.unit(), c.otherUnit(), c.effectiveOn(), note);
            case UNIT_SPLIT -> new UnitSplit(c.study(), c.unit(), c.otherUnit(), c.effectiveOn(), note);
            case UNIT_CLOSED -> new UnitClosed(c.study(), c.unit(), c.effectiveOn(), note);
            case LEADER_CHANGED -> new LeaderChanged(c.study(), c.unit(), c.effectiveOn(), note);
            case STAFF_TURNOVER -> new StaffTurnoverRecorded(c.study(), c.unit(), c.effectiveOn(), note);
            case POLICY_CHANGED -> new PolicyChanged(c.study(), c.unit(), c.effectiveOn(), note);
        });
    }

    /** The changes recorded after one more event: a new set when the event records a change, the same set otherwise. */
    public static Set<RecordOrganisationalChange> evolve(Set<RecordOrganisationalChange> recorded, Object event) {
        RecordOrganisationalChange change = switch (event) {
            case UnitCreated e -> new RecordOrganisationalChange(e.study(), ChangeKind.UNIT_CREATED, e.unit(), null, e.effectiveOn(), e.note());
            case UnitsMerged e -> new RecordOrganisationalChange(e.study(), ChangeKind.UNIT_MERGED, e.unit(), e.into(), e.effectiveOn(), e.note());
            case UnitSplit e -> new RecordOrganisationalChange(e.study(), ChangeKind.UNIT_SPLIT, e.unit(), e.splitOff(), e.effectiveOn(), e.note());
            case UnitClosed e -> new RecordOrganisationalChange(e.study(), ChangeKind.UNIT_CLOSED, e.unit(), null, e.effectiveOn(), e.note());
            case LeaderChanged e -> new RecordOrganisationalChange(e.study(), ChangeKind.LEADER_CHANGED, e.unit(), null, e.effectiveOn(), e.note());
            case StaffTurnoverRecorded e ->
                    new RecordOrganisationalChange(e.study(), ChangeKind.STAFF_TURNOVER, e.unit(), null, e.effectiveOn(), e.note());
            case PolicyChanged e -> new RecordOrganisationalChange(e.study(), ChangeKind.POLICY_CHANGED, e.unit(), null, e.effectiveOn(), e.note());
            default -> null;
        };
        return change == null ? recorded : with(recorded, change);
    }

    /** The changes recorded after a rename, which is an organisational change only when dated (study.json's renames are not). */
    public static Set<RecordOrganisationalChange> renamed(Set<RecordOrganisationalChange> recorded, StudyId study, UnitKey unit,
                                                         String name, LocalDate effectiveOn) {
        return effectiveOn == null ? recorded
                : with(recorded, new RecordOrganisationalChange(study, ChangeKind.UNIT_RENAMED, unit, null, effectiveOn, name));
    }

    private static Set<RecordOrganisationalChange> with(Set<RecordOrganisationalChange> recorded, RecordOrganisationalChange change) {
        Set<RecordOrganisationalChange> next = new HashSet<>(recorded);
        next.add(change);
        return next;
    }

    private static void checkOtherUnit(RecordOrganisationalChange c, Set<UnitKey> units) {
        if (!c.change().needsOtherUnit()) {
            if (c.otherUnit() != null) {
                throw new Rejected(c.change().key() + " names one unit; other_unit must be empty, was '" + c.otherUnit() + "'");
            }
            return;
        }
        boolean merged = c.change() == ChangeKind.UNIT_MERGED;
        knownUnit(required(c.otherUnit(), "other_unit (the unit " + (merged ? "merged into" : "split off") + ")"), units, "other_unit");
        if (c.otherUnit().equals(c.unit())) {
            throw new Rejected("unit '" + c.unit() + "' cannot be " + (merged ? "merged into" : "split off from") + " itself");
        }
    }
}
