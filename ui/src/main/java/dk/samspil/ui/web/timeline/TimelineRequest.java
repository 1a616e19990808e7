package dk.samspil.ui.web.timeline;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.projections.outcomes.PeriodLength;
import dk.samspil.ui.web.shell.ViewRequest;
import dk.samspil.ui.web.shell.ViewState;

import java.util.List;

import static dk.samspil.ui.web.shell.ViewState.first;

/**
 * What the address asks the timeline for besides study and moment: a unit (?unit=d04, none for the
 * whole study), an intervention whose start the window centres on (?intervention=ht-d04), the
 * window's half-width in months (?window=9), the citizen outcome (?outcome=...) and the period it is shown over
 * (?period=quarter, half-year or year; none: the shortest whose periods are shown).
 */
record TimelineRequest(ViewState state, String unit, String intervention, Integer window, String outcome, PeriodLength period)
        implements ViewRequest {

    static final String UNIT = "unit";
    static final String INTERVENTION = "intervention";
    static final String WINDOW = "window";
    static final String OUTCOME = "outcome";
    static final String PERIOD = "period";
    /** The window lengths offered, in months on each side of a start. */
    static final List<Integer> WINDOWS = List.of(9, 18);

    static TimelineRequest of(QueryParameters parameters) {
        String window = first(parameters, WINDOW);
        Integer months = window != null && WINDOWS.stream().anyMatch(w -> w.toString().equals(window)) ? Integer.valueOf(window) : null;
        return new TimelineRequest(ViewState.of(parameters), first(parameters, UNIT), first(parameters, INTERVENTION), months,
                first(parameters, OUTCOME), PeriodLength.parse(String.valueOf(first(parameters, PERIOD))).orElse(null));
    }

    TimelineRequest withUnit(String value) {
        return new TimelineRequest(state, value, intervention, window, outcome, period);
    }

    TimelineRequest withIntervention(String value) {
        return new TimelineRequest(state, unit, value, window, outcome, period);
    }

    TimelineRequest withWindow(Integer value) {
        return new TimelineRequest(state, unit, intervention, value, outcome, period);
    }

    TimelineRequest withOutcome(String value) {
        return new TimelineRequest(state, unit, intervention, window, value, period);
    }

    TimelineRequest withPeriod(PeriodLength value) {
        return new TimelineRequest(state, unit, intervention, window, outcome, value);
    }

    @Override
    public QueryParameters address() {
        return state.address(UNIT, unit, INTERVENTION, intervention, WINDOW, window == null ? null : window.toString(), OUTCOME, outcome,
                PERIOD, period == null ? null : period.key());
    }
}
