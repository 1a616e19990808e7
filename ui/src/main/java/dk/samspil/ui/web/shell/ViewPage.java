package dk.samspil.ui.web.shell;

/** What a {@link PageView} draws, read at one event-store position. */
public interface ViewPage {

    /** The request this page answers, with every default it fell back to filled in: what the address bar should say. */
    ViewRequest shown();
}
