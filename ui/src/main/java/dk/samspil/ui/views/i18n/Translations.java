package dk.samspil.ui.views.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI labels from vaadin-i18n/translations*.properties: the base file is Danish, translations_en English.
 * Replaces Vaadin's default provider, whose bundle lookup falls back to the JVM's locale, so a
 * server running in English would show English labels to a Danish session.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale DANISH = Locale.of("da");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DANISH, ENGLISH);
    }

    @Override
    public Locale getDefaultLocale() {
        return DANISH;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            // a missing label shows its key, so it is noticed rather than crashing the page
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** The other language than the one shown: what the header's toggle switches to. */
    public static Locale other(Locale locale) {
        return isEnglish(locale) ? DANISH : ENGLISH;
    }

    private static Locale supported(Locale locale) {
        return isEnglish(locale) ? ENGLISH : DANISH;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
