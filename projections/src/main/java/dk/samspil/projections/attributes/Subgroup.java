package dk.samspil.projections.attributes;

/**
 * The people of a breakdown's subgroup: those whose value of a background attribute is {@code value}. For a
 * respondent attribute that is the rater's value in the wave of the answers; for a citizen attribute the
 * citizen's value on the measurement date.
 */
public record Subgroup(String attribute, String value) {

    /** How a figure of this subgroup is named beside the total's: the same figure, qualified. */
    public String qualifier() {
        return "by " + attribute + "=" + value;
    }
}
