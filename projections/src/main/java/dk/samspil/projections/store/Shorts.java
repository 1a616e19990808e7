package dk.samspil.projections.store;

/**
 * A SMALLINT[] value for the Appender: the values, and where {@code nulls} is true, a null element.
 *
 * @param nulls null when no element is null
 */
public record Shorts(short[] values, boolean[] nulls) {
}
