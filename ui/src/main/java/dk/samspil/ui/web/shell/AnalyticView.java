package dk.samspil.ui.web.shell;

/** A view of figures: the layout shows the as-of control above it, and the view honours ?asof. */
public interface AnalyticView {
}
