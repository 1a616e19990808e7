package dk.samspil.ui.web.history;

import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.shell.ViewPage;

import java.util.List;

/**
 * The event log as the filters show it; the events themselves are read a page at a time as the grid scrolls.
 *
 * @param filter   what the grid and chart show, limited to the studies the user may see
 * @param types    every kind of event the log holds, for the filter
 * @param studies  the studies the user may see, for the filter
 * @param upTo     the last position shown with ?asof; null for the whole log
 * @param perMonth the events per month they happened and kind, for the chart
 */
record HistoryPage(HistoryRequest request, EventLogQuery.Filter filter, List<String> types, List<StudySummary.Named> studies,
                   Long upTo, List<EventLogQuery.MonthCount> perMonth) implements ViewPage {

    HistoryPage {
        types = List.copyOf(types);
        studies = List.copyOf(studies);
        perMonth = List.copyOf(perMonth);
    }

    @Override
    public HistoryRequest shown() {
        return request;
    }
}
