package dk.samspil.ui.web.overview;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.ui.web.shell.ViewRequest;
import dk.samspil.ui.web.shell.ViewState;

/** What the address asks the start page for: only the study and the moment (?study=mini&amp;asof=1200). */
record OverviewRequest(ViewState state) implements ViewRequest {

    static OverviewRequest of(QueryParameters address) {
        return new OverviewRequest(ViewState.of(address));
    }

    @Override
    public QueryParameters address() {
        return state.address();
    }
}
