package dk.samspil.projections.outcomes;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A citizen outcome per unit and calendar month (mean over the citizens measured that month). */
public record OutcomeMonths(StudyId study, String outcome, @JsonProperty("as_of_position") long asOfPosition, int k,
                            List<Month> months) {

    /** Only the months of these units. */
    public OutcomeMonths within(Set<String> units) {
        return new OutcomeMonths(study, outcome, asOfPosition, k, months.stream().filter(m -> units.contains(m.unit())).toList());
    }

    /** One unit's month. */
    public record Month(String unit, LocalDate month, Double mean, int n, boolean suppressed) {
    }
}
