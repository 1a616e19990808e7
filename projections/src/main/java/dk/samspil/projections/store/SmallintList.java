package dk.samspil.projections.store;

/**
 * A SMALLINT[] value for the Appender, written natively rather than as a text literal.
 *
 * @param values the list, exactly as long as it is
 * @param nulls  true where the element is NULL; null when none is
 */
public record SmallintList(short[] values, boolean[] nulls) {

    public SmallintList {
        if (nulls != null && nulls.length != values.length) {
            throw new IllegalArgumentException("a null mask of " + nulls.length + " for " + values.length + " values");
        }
    }
}
