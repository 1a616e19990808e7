package dk.samspil.projections.outcomes;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.projections.store.Figure;

import java.time.LocalDate;
import java.util.List;

/**
 * A citizen outcome over the units an intervention reaches, in the months before its start month and
 * from it on: each side a figure (n its citizens) and, when both are shown, their difference with a
 * Welch 95% CI over the citizen-months.
 */
public record OutcomeWindow(String intervention, @JsonProperty("started_on") LocalDate startedOn, List<String> units, int months,
                            Figure before, Figure after, Welch.Difference difference) {

    public OutcomeWindow {
        units = List.copyOf(units);
    }
}
