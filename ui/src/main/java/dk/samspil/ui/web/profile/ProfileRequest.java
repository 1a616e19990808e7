package dk.samspil.ui.web.profile;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.ui.web.shell.ViewState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the address asks the dimension profile for: ?study=mini&amp;instrument=rk@1&amp;rater=skole&amp;target=familie&amp;asof=1200.
 * A missing rater or target means every group, so the matrix page can link here for one cell.
 */
record ProfileRequest(String study, String instrument, String rater, String target, String asOf) {

    static ProfileRequest of(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return new ProfileRequest(first(values, ViewState.STUDY), first(values, "instrument"), first(values, "rater"),
                first(values, "target"), first(values, ViewState.AS_OF));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ViewState.STUDY, study);
        values.put("instrument", instrument);
        values.put("rater", rater);
        values.put("target", target);
        values.put(ViewState.AS_OF, asOf);
        values.values().removeIf(value -> value == null);
        return QueryParameters.simple(values);
    }

    ProfileRequest withInstrument(String ref) {
        // another instrument may not rate groups: start again from every group
        return new ProfileRequest(study, ref, null, null, asOf);
    }

    ProfileRequest withRater(String group) {
        return new ProfileRequest(study, instrument, group, target, asOf);
    }

    ProfileRequest withTarget(String group) {
        return new ProfileRequest(study, instrument, rater, group, asOf);
    }

    AsOf moment() {
        return new ViewState(study, asOf).moment();
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() || given.getFirst().isBlank() ? null : given.getFirst();
    }
}
