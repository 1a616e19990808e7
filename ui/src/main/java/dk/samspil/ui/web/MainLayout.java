package dk.samspil.ui.web;

import dk.samspil.ui.app.study.StudyMoments;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.ui.web.i18n.Translations;
import dk.samspil.ui.web.shell.AnalyticView;
import dk.samspil.ui.web.shell.AsOfBar;
import dk.samspil.ui.web.shell.ViewState;
import jakarta.annotation.security.PermitAll;

/**
 * Header with the product name and the language toggle, the menu of views (from each view's
 * {@code @Menu}, whose title is a translation key), the as-of control above analytic views, and the view.
 */
@PermitAll
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver, AfterNavigationObserver {

    private final Span tagline = new Span();
    private final Button language = new Button();
    private final SideNav menu = new SideNav();
    private final AsOfBar asOfBar;
    private final Main content = new Main();
    private Location location = new Location("");
    private java.util.Locale menuLocale;

    public MainLayout(Positions positions, EventLogQuery log, StudyMoments moments) {
        addClassName("samspil-layout");
        asOfBar = new AsOfBar(positions, log, moments);
        Span name = new Span("Samspil");
        name.addClassName("samspil-name");
        tagline.addClassName("samspil-tagline");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-toggle");
        // the session's locale reaches every open tab, and each view re-renders on the change
        language.addClickListener(click -> VaadinSession.getCurrent().setLocale(Translations.other(UI.getCurrent().getLocale())));
        Div brand = new Div(name, tagline);
        brand.addClassName("samspil-brand");
        Header header = new Header(brand, language);
        header.addClassName("samspil-header");
        menu.setId("main-menu");
        menu.addClassName("samspil-menu");
        content.addClassName("samspil-content");
        Div view = new Div(asOfBar, content);
        view.addClassName("samspil-view");
        Div body = new Div(menu, view);
        body.addClassName("samspil-body");
        add(header, body);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
        asOfBar.setVisible(view instanceof AnalyticView);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        location = event.getLocation();
        fillMenu();
        if (asOfBar.isVisible()) {
            asOfBar.show(location);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        tagline.setText(getTranslation("app.tagline"));
        language.setText(getTranslation("app.language.switch"));
        language.getElement().setAttribute("aria-label", getTranslation("app.language.switch.aria"));
        menu.setLabel(getTranslation("app.menu"));
        fillMenu();
        if (asOfBar.isVisible()) {
            asOfBar.show(location);
        }
        // screen readers pick the pronunciation from the page language
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
    }

    /**
     * One entry per view, each link carrying the study and as-of shown now to the next view. The
     * entries are made once per language; a navigation only updates where they lead.
     */
    private void fillMenu() {
        QueryParameters carried = ViewState.of(location.getQueryParameters()).carried();
        if (!getLocale().equals(menuLocale)) {
            menu.removeAll();
            for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
                String path = entry.path().replaceFirst("^/", "");
                SideNavItem item = new SideNavItem(getTranslation(entry.title()), "/" + path);
                item.setId("menu-" + (path.isBlank() ? "home" : path.replace('/', '-')));
                menu.addItem(item);
            }
            menuLocale = getLocale();
        }
        menu.getItems().forEach(item -> item.setQueryParameters(carried));
    }
}
