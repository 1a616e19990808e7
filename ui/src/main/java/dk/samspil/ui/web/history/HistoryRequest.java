package dk.samspil.ui.web.history;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.ui.web.shell.ViewRequest;
import dk.samspil.ui.web.shell.ViewState;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static dk.samspil.ui.web.shell.ViewState.first;

/**
 * What the address asks the event log for: the study (none for every study), the kind of event (?type=InterventionStarted)
 * and the dates the facts happened (?from=2023-10-02&amp;to=2023-12-31), besides the moment; any part may be absent.
 */
record HistoryRequest(ViewState state, String type, LocalDate from, LocalDate to) implements ViewRequest {

    static HistoryRequest of(QueryParameters address) {
        return new HistoryRequest(ViewState.of(address), first(address, "type"), date(first(address, "from")),
                date(first(address, "to")));
    }

    @Override
    public QueryParameters address() {
        return state.address("type", type, "from", from == null ? null : from.toString(), "to", to == null ? null : to.toString());
    }

    /** An end before the start is shown as wrong and left out of the filter. */
    boolean datesInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    HistoryRequest withType(String value) {
        return new HistoryRequest(state, value, from, to);
    }

    HistoryRequest withStudy(String key) {
        return new HistoryRequest(state.withStudy(key), type, from, to);
    }

    HistoryRequest withFrom(LocalDate value) {
        return new HistoryRequest(state, type, value, to);
    }

    HistoryRequest withTo(LocalDate value) {
        return new HistoryRequest(state, type, from, value);
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
