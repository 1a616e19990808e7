package dk.samspil.projections.attributes;

import dk.samspil.projections.disclosure.FigureKey;

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

    /** The key of the subgroup's figure; with no subgroup, the total's own. */
    public static FigureKey key(FigureKey total, Subgroup subgroup) {
        return subgroup == null ? total : total.within(subgroup.qualifier());
    }

    /** The attribute a query's subgroup filter binds: null for everyone. */
    public static String attribute(Subgroup subgroup) {
        return subgroup == null ? null : subgroup.attribute();
    }

    /** The value a query's subgroup filter binds: null for everyone. */
    public static String value(Subgroup subgroup) {
        return subgroup == null ? null : subgroup.value();
    }
}
