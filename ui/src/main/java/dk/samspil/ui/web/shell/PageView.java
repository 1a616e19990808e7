package dk.samspil.ui.web.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A view that draws one page model, loaded for the request its address makes. It loads before entering, draws
 * after every navigation and again when the language changes, and on a choice loads the next request and writes
 * it into the address; without a page it says so. A view says only how it reads, loads and draws.
 *
 * @param <R> what the address asks for
 * @param <P> the page model drawn
 */
public abstract class PageView<R extends ViewRequest, P extends ViewPage> extends Div
        implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver, AnalyticView {

    private final Function<QueryParameters, R> requests;
    private final Function<R, Optional<P>> loader;
    private final String headingKey;
    private final String emptyKey;
    private String path = "";
    private Optional<P> page = Optional.empty();
    private Locale drawnIn;

    /**
     * @param requests   the request an address makes; unknown or missing parts stay for the loader to default
     * @param loader     the page for a request (the view's page loader); empty when there is nothing to show
     * @param headingKey the heading above the page, drawn also when there is none; null for no such heading
     * @param emptyKey   what is said when there is no page; null for a view that always has one
     */
    protected PageView(Function<QueryParameters, R> requests, Function<R, Optional<P>> loader, String headingKey, String emptyKey) {
        this.requests = requests;
        this.loader = loader;
        this.headingKey = headingKey;
        this.emptyKey = emptyKey;
    }

    /** Loads the page for a request: the address's when entering, the next one on a choice. */
    protected Optional<P> load(R request) {
        return loader.apply(request);
    }

    /** Adds the page's components below the heading. */
    protected abstract void draw(P page);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        path = event.getLocation().getPath();
        page = load(requests.apply(event.getLocation().getQueryParameters()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        // on first navigation afterNavigation draws; later, a language switch draws again
        if (drawnIn != null && !drawnIn.equals(event.getLocale())) {
            redraw();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // every navigation, also to this same view with another address, shows the freshly loaded page
        redraw();
    }

    /** A choice on the page: shows what it asks for and names it in the address, so it can be bookmarked and shared. */
    protected final void show(R next) {
        page = load(next);
        page.ifPresent(p -> getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location(path, p.shown().address()))));
        redraw();
    }

    protected final Optional<P> page() {
        return page;
    }

    private void redraw() {
        drawnIn = getLocale();
        removeAll();
        if (headingKey != null) {
            add(new H2(getTranslation(headingKey)));
        }
        if (page.isPresent()) {
            draw(page.get());
        } else if (emptyKey != null) {
            add(new Paragraph(getTranslation(emptyKey)));
        }
    }
}
