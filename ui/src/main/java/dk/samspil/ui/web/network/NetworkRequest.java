package dk.samspil.ui.web.network;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.ui.web.shell.ViewState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the address asks the network map for: ?study=mini&amp;wave=w0&amp;instrument=rk@1&amp;asof=1200; any part may be absent. */
record NetworkRequest(String study, String wave, String instrument, String asOf) {

    static NetworkRequest of(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return new NetworkRequest(first(values, ViewState.STUDY), first(values, "wave"), first(values, "instrument"),
                first(values, ViewState.AS_OF));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ViewState.STUDY, study);
        values.put("wave", wave);
        values.put("instrument", instrument);
        values.put(ViewState.AS_OF, asOf);
        values.values().removeIf(value -> value == null);
        return QueryParameters.simple(values);
    }

    NetworkRequest withWave(String key) {
        return new NetworkRequest(study, key, instrument, asOf);
    }

    NetworkRequest withInstrument(String ref) {
        return new NetworkRequest(study, wave, ref, asOf);
    }

    AsOf moment() {
        return new ViewState(study, asOf).moment();
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() || given.getFirst().isBlank() ? null : given.getFirst();
    }
}
