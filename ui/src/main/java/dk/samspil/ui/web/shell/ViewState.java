package dk.samspil.ui.web.shell;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.projections.asof.AsOf;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every view takes from the address besides its own choices: the study (?study=mini) and the
 * moment to show (?asof=1200 or ?asof=2024-03-01). Both may be absent: the first study, the latest state.
 */
public record ViewState(String study, String asOf) {

    public static final String STUDY = "study";
    public static final String AS_OF = "asof";

    public static ViewState of(QueryParameters parameters) {
        return new ViewState(first(parameters, STUDY), first(parameters, AS_OF));
    }

    /** The moment to show; an unreadable ?asof counts as the latest state (the as-of bar says so). */
    public AsOf moment() {
        try {
            return AsOf.parse(asOf);
        } catch (IllegalArgumentException e) {
            return AsOf.LATEST;
        }
    }

    /** Another study at the same moment. */
    public ViewState withStudy(String key) {
        return new ViewState(key, asOf);
    }

    public boolean historical() {
        return !(moment() instanceof AsOf.Latest);
    }

    /** The same address with another value of one parameter (null removes it). */
    public static QueryParameters with(QueryParameters parameters, String name, String value) {
        Map<String, List<String>> values = new HashMap<>(parameters.getParameters());
        if (value == null || value.isBlank()) {
            values.remove(name);
        } else {
            values.put(name, List.of(value));
        }
        return new QueryParameters(values);
    }

    /** Only the study and as-of of an address: what links to other views carry along. */
    public QueryParameters carried() {
        Map<String, List<String>> values = new HashMap<>();
        if (study != null) {
            values.put(STUDY, List.of(study));
        }
        if (asOf != null) {
            values.put(AS_OF, List.of(asOf));
        }
        return new QueryParameters(values);
    }

    /**
     * The address of this state with a view's own choices between study and as-of, as name, value, name, value...;
     * choices that are null are left out.
     */
    public QueryParameters address(String... choices) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(STUDY, study);
        for (int i = 0; i < choices.length; i += 2) {
            values.put(choices[i], choices[i + 1]);
        }
        values.put(AS_OF, asOf);
        values.values().removeIf(Objects::isNull);
        return QueryParameters.simple(values);
    }

    /** One parameter of an address; absent or blank is null. */
    public static String first(QueryParameters parameters, String name) {
        List<String> given = parameters.getParameters().get(name);
        return given == null || given.isEmpty() || given.getFirst().isBlank() ? null : given.getFirst();
    }
}
