package dk.samspil.ui.web.shell;

import com.vaadin.flow.router.QueryParameters;

/** What an address asks a {@link PageView} for: the study and moment, and the view's own choices. */
public interface ViewRequest {

    ViewState state();

    /** The address that asks for this again, so what is shown can be bookmarked and shared. */
    QueryParameters address();
}
