package dk.samspil.projections.attributes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samspil.domain.study.AttributeSpec;

import java.util.List;
import java.util.function.Function;

/**
 * A report's figures for everyone and for each subgroup of one background attribute: written as the report's
 * usual fields, then {@code by} and {@code groups}, each group its {@code value} and the same fields of its own; an
 * analysis adds {@code differences}, each subgroup against the first.
 *
 * @param total the report as it is without a breakdown
 * @param by    the attribute's key
 */
public record Breakdown<T>(@JsonUnwrapped T total, String by, List<Group<T>> groups,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<Difference> differences) {

    public Breakdown {
        groups = List.copyOf(groups);
        differences = differences == null ? null : List.copyOf(differences);
    }

    /** The same with each subgroup's estimate compared with the reference subgroup's (an analysis's). */
    public Breakdown<T> compared(List<Difference> differences) {
        return new Breakdown<>(total, by, groups, differences);
    }

    /** One subgroup: a value of the attribute, its label, and the report's figures of its people only. */
    public record Group<T>(String value, AttributeSpec.Label label, @JsonUnwrapped T figures) {
    }

    /**
     * The figures of everyone (the function given no subgroup) and, for every value the attribute may take in the order
     * study.json gives them, of that subgroup.
     */
    public static <T> Breakdown<T> of(AttributeSpec attribute, Function<Subgroup, T> figures) {
        return of(attribute, figures.apply(null), figures);
    }

    /** The same where everyone's figures are at hand already. */
    public static <T> Breakdown<T> of(AttributeSpec attribute, T total, Function<Subgroup, T> figures) {
        String key = attribute.key().value();
        return new Breakdown<>(total, key, attribute.values().stream()
                .map(v -> new Group<>(v.key(), v.label(), figures.apply(new Subgroup(key, v.key())))).toList(), null);
    }
}
