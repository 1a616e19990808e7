package dk.samspil.ui.web.matrix;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.ui.web.shell.ViewState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the address asks the matrix page for:
 * ?study=mini&amp;wave=w3&amp;instrument=rk@1&amp;unit=d04&amp;compare=w0&amp;rater=skole&amp;target=ppr&amp;asof=1200.
 * Any part may be null or unknown; the page then falls back to a sensible default.
 *
 * @param unit    only respondents of this unit and the units below it; null for all
 * @param compare a second wave drawn beside the first; null for none
 * @param rater   with {@code target}, the relation whose profile and development is shown
 */
public record MatrixRequest(String study, String wave, String instrument, String asOf, String unit, String compare,
                          String rater, String target) {

    static MatrixRequest of(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return new MatrixRequest(first(values, "study"), first(values, "wave"), first(values, "instrument"),
                first(values, ViewState.AS_OF), first(values, "unit"), first(values, "compare"),
                first(values, "rater"), first(values, "target"));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("study", study);
        values.put("wave", wave);
        values.put("instrument", instrument);
        values.put("unit", unit);
        values.put("compare", compare);
        values.put("rater", rater);
        values.put("target", target);
        values.put(ViewState.AS_OF, asOf);
        values.values().removeIf(value -> value == null);
        return QueryParameters.simple(values);
    }

    MatrixRequest withStudy(String key) {
        // another study has other waves, instruments, units and groups: let it choose its own defaults
        return new MatrixRequest(key, null, null, asOf, null, null, null, null);
    }

    MatrixRequest withWave(String key) {
        return new MatrixRequest(study, key, instrument, asOf, unit, compare, rater, target);
    }

    MatrixRequest withInstrument(String ref) {
        return new MatrixRequest(study, wave, ref, asOf, unit, compare, rater, target);
    }

    MatrixRequest withUnit(String key) {
        return new MatrixRequest(study, wave, instrument, asOf, key, compare, rater, target);
    }

    MatrixRequest withCompare(String key) {
        return new MatrixRequest(study, wave, instrument, asOf, unit, key, rater, target);
    }

    MatrixRequest withRelation(String raterKey, String targetKey) {
        return new MatrixRequest(study, wave, instrument, asOf, unit, compare, raterKey, targetKey);
    }

    /** The moment asked for; an unreadable one counts as the latest (the as-of bar shows which). */
    AsOf moment() {
        return new ViewState(study, asOf).moment();
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() || given.getFirst().isBlank() ? null : given.getFirst();
    }
}
