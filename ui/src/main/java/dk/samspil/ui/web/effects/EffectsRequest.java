package dk.samspil.ui.web.effects;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.ui.web.shell.ViewState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the address asks the effects page for: the intervention effect (?type=handleteam&amp;outcome=rk@1&amp;scope=between)
 * and the elasticity (?wave=w0&amp;x=leadership@1&amp;y=rk@1), besides study and as-of. Any part may be absent.
 */
record EffectsRequest(String study, String type, String outcome, String scope, String wave, String x, String y, String asOf) {

    static EffectsRequest of(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return new EffectsRequest(first(values, ViewState.STUDY), first(values, "type"), first(values, "outcome"), first(values, "scope"),
                first(values, "wave"), first(values, "x"), first(values, "y"), first(values, ViewState.AS_OF));
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ViewState.STUDY, study);
        values.put("type", type);
        values.put("outcome", outcome);
        values.put("scope", scope);
        values.put("wave", wave);
        values.put("x", x);
        values.put("y", y);
        values.put(ViewState.AS_OF, asOf);
        values.values().removeIf(value -> value == null);
        return QueryParameters.simple(values);
    }

    EffectsRequest withType(String value) {
        return new EffectsRequest(study, value, outcome, scope, wave, x, y, asOf);
    }

    EffectsRequest withOutcome(String value) {
        // the scope that fits the new instrument is chosen again
        return new EffectsRequest(study, type, value, null, wave, x, y, asOf);
    }

    EffectsRequest withScope(String value) {
        return new EffectsRequest(study, type, outcome, value, wave, x, y, asOf);
    }

    EffectsRequest withWave(String value) {
        return new EffectsRequest(study, type, outcome, scope, value, x, y, asOf);
    }

    EffectsRequest withX(String value) {
        return new EffectsRequest(study, type, outcome, scope, wave, value, y, asOf);
    }

    EffectsRequest withY(String value) {
        return new EffectsRequest(study, type, outcome, scope, wave, x, value, asOf);
    }

    AsOf moment() {
        return new ViewState(study, asOf).moment();
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() || given.getFirst().isBlank() ? null : given.getFirst();
    }
}
