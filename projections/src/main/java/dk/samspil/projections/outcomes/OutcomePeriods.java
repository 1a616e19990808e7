package dk.samspil.projections.outcomes;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.store.Figure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A citizen outcome per unit and fixed calendar period, and per period over every unit (unit null). */
public record OutcomePeriods(StudyId study, String outcome, PeriodLength length, @JsonProperty("as_of_position") long asOfPosition,
                             int k, List<Period> periods) {

    public OutcomePeriods {
        periods = List.copyOf(periods);
    }

    /** The periods of one unit, or of every unit together for {@code unit} null. */
    public List<Period> of(String unit) {
        return periods.stream().filter(p -> java.util.Objects.equals(p.unit(), unit)).toList();
    }

    /**
     * The shortest length whose periods of a unit (null: every unit together) are shown: none withheld but perhaps the
     * first and the last, which a study's start, a release's last day or today may cut short; at least one shown. The
     * year when no length is.
     *
     * @param lengths the same outcome at every length, read at one moment
     */
    public static PeriodLength shortestShown(Map<PeriodLength, OutcomePeriods> lengths, String unit) {
        for (PeriodLength length : PeriodLength.values()) {
            List<Period> periods = lengths.get(length).of(unit);
            boolean anyShown = periods.stream().anyMatch(Period::shown);
            boolean innerWithheld = periods.size() > 2 && periods.subList(1, periods.size() - 1).stream().anyMatch(p -> !p.shown());
            if (anyShown && !innerWithheld) {
                return length;
            }
        }
        return PeriodLength.YEAR;
    }

    /** One period's mean over its citizen-months, n its citizens. */
    public record Period(String unit, LocalDate from, Figure figure) {

        public boolean shown() {
            return figure.mean() != null;
        }
    }
}
