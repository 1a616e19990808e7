package dk.samspil.projections.overview;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/** What the start page shows of a study's structure and response beyond its summary, as of one position. */
public record StudyOverview(StudyId study, @JsonProperty("as_of_position") long asOfPosition, List<Unit> units,
                            List<WaveResponse> waves) {

    public StudyOverview {
        units = List.copyOf(units);
        waves = List.copyOf(waves);
    }

    /** A unit of the hierarchy; {@code parent} null for a top unit. */
    public record Unit(String unit, String name, String parent) {
    }

    /**
     * One wave's response.
     *
     * @param questionnaires one per respondent and instrument answered
     * @param respondents    distinct respondents with at least one questionnaire
     * @param invited        links handed out for the wave; null when none were issued
     */
    public record WaveResponse(String wave, String label, @JsonProperty("opens_on") LocalDate opensOn,
                               @JsonProperty("closes_on") LocalDate closesOn, long questionnaires, long respondents,
                               Long invited) {

        /** Respondents per invited link; empty when no links were issued, as a respondent answers one link. */
        public OptionalDouble responseRate() {
            return invited == null || invited == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) respondents / invited);
        }
    }

    /** The units directly under a unit, or the top units for a null parent. */
    public List<Unit> children(String parent) {
        return units.stream().filter(u -> parent == null
                ? u.parent() == null || units.stream().noneMatch(p -> p.unit().equals(u.parent()))
                : parent.equals(u.parent())).toList();
    }
}
