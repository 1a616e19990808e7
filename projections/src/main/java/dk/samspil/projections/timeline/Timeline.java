package dk.samspil.projections.timeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything dated that happened in a study, on one time axis: waves, process milestones,
 * interventions (with their current state) and organisational changes.
 */
public record Timeline(StudyId study, @JsonProperty("as_of_position") long asOfPosition, List<Wave> waves,
                       List<MilestoneStep> milestones, List<Intervention> interventions, List<Change> changes) {

    /** Waves and milestones, and only the interventions and changes that concern these units. */
    public Timeline within(Set<String> units) {
        return new Timeline(study, asOfPosition, waves, milestones,
                interventions.stream().filter(i -> i.units().stream().anyMatch(units::contains)).toList(),
                // a change of one unit has no other unit, and an immutable set refuses to be asked for null
                changes.stream().filter(c -> units.contains(c.unit()) || c.otherUnit() != null && units.contains(c.otherUnit())).toList());
    }

    public record Wave(String wave, String label, @JsonProperty("opens_on") LocalDate opensOn, @JsonProperty("closes_on") LocalDate closesOn) {
    }

    public record MilestoneStep(String milestone, int step, @JsonProperty("reached_on") LocalDate reachedOn, String note) {
    }

    /** @param units, groups the intervention's targets */
    public record Intervention(String intervention, String type, String title, List<String> units, List<String> groups,
                               String status, @JsonProperty("started_on") LocalDate startedOn, @JsonProperty("ended_on") LocalDate endedOn) {
    }

    public record Change(String change, String unit, @JsonProperty("other_unit") String otherUnit,
                         @JsonProperty("effective_on") LocalDate effectiveOn, String note) {
    }
}
