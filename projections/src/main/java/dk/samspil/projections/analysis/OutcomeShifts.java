package dk.samspil.projections.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.outcomes.OutcomeMonths;

import java.time.LocalDate;
import java.util.List;

/**
 * A citizen outcome around each intervention start: the monthly series per unit, and per start the
 * mean of the citizen values in the months before against the months from the start month on.
 *
 * @param windowMonths months on each side of the start month that count (before: the months
 *                     before it; after: the start month and the months after it)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OutcomeShifts(StudyId study, String outcome, @JsonProperty("as_of_position") long asOfPosition, int k,
                            List<InstrumentRef> instruments, String method, @JsonProperty("window_months") int windowMonths,
                            List<OutcomeMonths.Month> series, List<Start> starts) {

    public static final String METHOD = "post mean - pre mean of citizen-month values (a citizen's mean in a month); "
            + "Welch se and Welch-Satterthwaite df, 95% CI with t(0.975, df); a side with fewer than k values is suppressed";

    /** One intervention's start, its comparison over all units it reaches, and unit by unit. */
    public record Start(String intervention, String type, @JsonProperty("started_on") LocalDate startedOn, List<String> units,
                        Comparison pooled, @JsonProperty("per_unit") List<UnitComparison> perUnit) {
    }

    /** The comparison for one unit. */
    public record UnitComparison(String unit, Comparison comparison) {
    }

    /** Pre against post; figures null when suppressed or undefined (se needs two values a side). */
    public record Comparison(@JsonProperty("pre_mean") Double preMean, @JsonProperty("pre_n") int preN,
                             @JsonProperty("post_mean") Double postMean, @JsonProperty("post_n") int postN,
                             Double difference, Double se, @JsonProperty("ci_low") Double ciLow,
                             @JsonProperty("ci_high") Double ciHigh, Double df, boolean suppressed) {
    }
}
