package dk.samspil.ui.views.study;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.ui.views.shell.ViewState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the address asks the matrix page for: ?study=mini&amp;wave=w0&amp;instrument=rk@1&amp;asof=1200.
 * Any part may be null or unknown; the page then falls back to a sensible default.
 */
public record PageRequest(String study, String wave, String instrument, String asOf) {

    static PageRequest of(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return new PageRequest(first(values, "study"), first(values, "wave"), first(values, "instrument"), first(values, ViewState.AS_OF));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("study", study);
        values.put("wave", wave);
        values.put("instrument", instrument);
        values.put(ViewState.AS_OF, asOf);
        values.values().removeIf(value -> value == null);
        return QueryParameters.simple(values);
    }

    PageRequest withStudy(String key) {
        // another study has other waves and instruments: let it choose its own defaults
        return new PageRequest(key, null, null, asOf);
    }

    PageRequest withWave(String key) {
        return new PageRequest(study, key, instrument, asOf);
    }

    PageRequest withInstrument(String ref) {
        return new PageRequest(study, wave, ref, asOf);
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
