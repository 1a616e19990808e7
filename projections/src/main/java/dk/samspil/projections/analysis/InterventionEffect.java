package dk.samspil.projections.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;
import java.util.List;

/**
 * The effect of an intervention type on a unit index (measures.md, Intervention effect), with the
 * panel it was estimated from.
 *
 * @param treatedUnits units with D = 1 at some wave, with the date their first intervention of the type started
 * @param excluded     unit-waves left out because the index came from fewer than k respondents
 * @param caution      why the standard error should not be trusted (fewer than two treated or untreated units), or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InterventionEffect(StudyId study, String type, InstrumentRef outcome, String scope,
                                 @JsonProperty("as_of_position") long asOfPosition, int k, List<InstrumentRef> instruments,
                                 String method, double estimate, double se, @JsonProperty("ci_low") double ciLow,
                                 @JsonProperty("ci_high") double ciHigh, @JsonProperty("n_obs") int nObs, int clusters,
                                 @JsonProperty("n_treated") int nTreated, int regressors,
                                 @JsonProperty("treated_units") List<TreatedUnit> treatedUnits,
                                 @JsonProperty("event_time") List<EventTime> eventTime,
                                 List<UnitWave> panel, List<UnitWave> excluded, String caution) {

    public static final String METHOD = "two-way fixed effects OLS (unit and wave dummies); unit-clustered CR1 se; "
            + "95% CI with t(0.975, G-1); D = 1 from the first wave opening on or after the start";

    /** A treated unit and when its treatment began. */
    public record TreatedUnit(String unit, @JsonProperty("started_on") LocalDate startedOn, @JsonProperty("first_treated_wave") String firstTreatedWave) {
    }

    /**
     * Mean outcome at a wave relative to the first treated wave (0 = first treated wave), for the
     * treated units and, at the same calendar waves, for the never-treated units.
     */
    public record EventTime(@JsonProperty("relative_wave") int relativeWave, @JsonProperty("treated_mean") Double treatedMean,
                            @JsonProperty("treated_obs") int treatedObs, @JsonProperty("never_treated_mean") Double neverTreatedMean,
                            @JsonProperty("never_treated_obs") int neverTreatedObs) {
    }

    /** One unit at one wave: its index, n, and whether it counted as treated. */
    public record UnitWave(String unit, String wave, Double mean, int n, boolean treated) {
    }
}
