package dk.samspil.ui.web.history;

import dk.samspil.domain.access.Operation;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.history.LoggedEvent;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.study.StudyAccess;
import dk.samspil.ui.web.shell.ViewState;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads the event log through its read-model query, only what the user may see and, with ?asof, only what was recorded by then. */
@Service
record HistoryQuery(EventLogQuery log, StudyAccess access, StudyCatalog catalog, Positions positions) {

    /** Always a page: the log is shown also when nothing matches the filters. */
    Optional<HistoryPage> load(HistoryRequest request) {
        ViewState state = request.state();
        List<StudySummary.Named> studies = access.open(Operation.VIEW_HISTORY, state.study(), catalog.studies());
        Long upTo = state.historical() ? positions.resolve(state.moment()) : null;
        // the history holds every organisation's events: only those of studies the user may see are read
        EventLogQuery.Filter filter = new EventLogQuery.Filter(request.type(), state.study() == null ? null : StudyId.of(state.study()),
                request.from(), request.datesInOrder() ? request.to() : null, upTo).within(access.scope(Operation.VIEW_HISTORY));
        return Optional.of(new HistoryPage(request, filter, log.types(), studies, upTo, log.perMonth(filter)));
    }

    /** One page of the events a filter shows, newest first. */
    Stream<LoggedEvent> events(EventLogQuery.Filter filter, int offset, int limit) {
        return log.page(filter, offset, limit).stream();
    }
}
