package dk.samspil.ui.views;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import dk.samspil.ui.views.i18n.Translations;

/** Header with the product name and the language toggle, above whichever view is shown. */
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver {

    private final Span tagline = new Span();
    private final Button language = new Button();
    private final Main content = new Main();

    public MainLayout() {
        addClassName("samspil-layout");
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
        content.addClassName("samspil-content");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        tagline.setText(getTranslation("app.tagline"));
        language.setText(getTranslation("app.language.switch"));
        language.getElement().setAttribute("aria-label", getTranslation("app.language.switch.aria"));
        // screen readers pick the pronunciation from the page language
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
    }
}
