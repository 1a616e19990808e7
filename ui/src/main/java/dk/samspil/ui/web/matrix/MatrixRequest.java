package dk.samspil.ui.web.matrix;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.ui.web.shell.ViewRequest;
import dk.samspil.ui.web.shell.ViewState;

import static dk.samspil.ui.web.shell.ViewState.first;

/**
 * What the address asks the matrix page for:
 * ?study=mini&amp;wave=w3&amp;instrument=rk@1&amp;unit=d04&amp;compare=w0&amp;rater=skole&amp;target=ppr&amp;asof=1200, or
 * &amp;by=stilling for a matrix per value of a respondent attribute beside everyone's (instead of a compared wave).
 * Any part may be null or unknown; the page then falls back to a sensible default.
 *
 * @param unit    only respondents of this unit and the units below it; null for all
 * @param compare a second wave drawn beside the first; null for none
 * @param rater   with {@code target}, the relation whose profile and development is shown
 * @param by      a respondent attribute whose values' matrices are drawn beside everyone's; null for none
 */
public record MatrixRequest(ViewState state, String wave, String instrument, String unit, String compare,
                            String rater, String target, String by) implements ViewRequest {

    static MatrixRequest of(QueryParameters address) {
        return new MatrixRequest(ViewState.of(address), first(address, "wave"), first(address, "instrument"),
                first(address, "unit"), first(address, "compare"), first(address, "rater"), first(address, "target"), first(address, "by"));
    }

    @Override
    public QueryParameters address() {
        return state.address("wave", wave, "instrument", instrument, "unit", unit, "compare", compare, "rater", rater,
                "target", target, "by", by);
    }

    MatrixRequest withStudy(String key) {
        // another study has other waves, instruments, units and groups: let it choose its own defaults
        return new MatrixRequest(state.withStudy(key), null, null, null, null, null, null, null);
    }

    MatrixRequest withWave(String key) {
        return new MatrixRequest(state, key, instrument, unit, compare, rater, target, by);
    }

    MatrixRequest withInstrument(String ref) {
        return new MatrixRequest(state, wave, ref, unit, compare, rater, target, by);
    }

    MatrixRequest withUnit(String key) {
        return new MatrixRequest(state, wave, instrument, key, compare, rater, target, by);
    }

    /** A compared wave takes the place of a breakdown: one or the other is drawn beside the matrix. */
    MatrixRequest withCompare(String key) {
        return new MatrixRequest(state, wave, instrument, unit, key, rater, target, key == null ? by : null);
    }

    MatrixRequest withRelation(String raterKey, String targetKey) {
        return new MatrixRequest(state, wave, instrument, unit, compare, raterKey, targetKey, by);
    }

    /** A breakdown takes the place of a compared wave. */
    MatrixRequest withBy(String attribute) {
        return new MatrixRequest(state, wave, instrument, unit, attribute == null ? compare : null, rater, target, attribute);
    }
}
