package dk.samspil.ui.web.timeline;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.ui.web.shell.ViewRequest;
import dk.samspil.ui.web.shell.ViewState;

import java.util.List;

import static dk.samspil.ui.web.shell.ViewState.first;

/**
 * What the address asks the timeline for besides study and moment: a unit (?unit=d04, none for the
 * whole study), an intervention whose start the window centres on (?intervention=ht-d04), the
 * window's half-width in months (?window=9) and the citizen outcome (?outcome=...).
 */
record TimelineRequest(ViewState state, String unit, String intervention, Integer window, String outcome) implements ViewRequest {

    static final String UNIT = "unit";
    static final String INTERVENTION = "intervention";
    static final String WINDOW = "window";
    static final String OUTCOME = "outcome";
    /** The window lengths offered, in months on each side of a start. */
    static final List<Integer> WINDOWS = List.of(9, 18);

    static TimelineRequest of(QueryParameters parameters) {
        String window = first(parameters, WINDOW);
        Integer months = window != null && WINDOWS.stream().anyMatch(w -> w.toString().equals(window)) ? Integer.valueOf(window) : null;
        return new TimelineRequest(ViewState.of(parameters), first(parameters, UNIT), first(parameters, INTERVENTION), months,
                first(parameters, OUTCOME));
    }

    TimelineRequest withUnit(String value) {
        return new TimelineRequest(state, value, intervention, window, outcome);
    }

    TimelineRequest withIntervention(String value) {
        return new TimelineRequest(state, unit, value, window, outcome);
    }

    TimelineRequest withWindow(Integer value) {
        return new TimelineRequest(state, unit, intervention, value, outcome);
    }

    TimelineRequest withOutcome(String value) {
        return new TimelineRequest(state, unit, intervention, window, value);
    }

    @Override
    public QueryParameters address() {
        return state.address(UNIT, unit, INTERVENTION, intervention, WINDOW, window == null ? null : window.toString(), OUTCOME, outcome);
    }
}
