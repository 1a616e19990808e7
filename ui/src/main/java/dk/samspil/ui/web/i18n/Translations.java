package dk.samspil.ui.web.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UI labels from vaadin-i18n/: the base files are Danish, *_en English. A key's first part names the
 * feature's own file when there is one (timeline.title in timeline.properties), else the key is in
 * translations.properties, so each view keeps its labels beside the others without one shared file.
 * Replaces Vaadin's default provider, whose bundle lookup falls back to the JVM's locale, so a
 * server running in English would show English labels to a Danish session.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale DANISH = Locale.of("da");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final String FEATURES = "vaadin-i18n.";
    private static final Map<String, Optional<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();
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
        String pattern = lookup(FEATURES + feature(key), key, locale);
        if (pattern == null) {
            pattern = lookup(BUNDLE, key, locale);
        }
        if (pattern == null) {
            // a missing label shows its key, so it is noticed rather than crashing the page
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    private static String lookup(String bundle, String key, Locale locale) {
        Locale language = supported(locale);
        // most keys have no feature file; remembering that spares an exception per label
        Optional<ResourceBundle> found = BUNDLES.computeIfAbsent(bundle + "_" + language.getLanguage(), name -> {
            try {
                return Optional.of(ResourceBundle.getBundle(bundle, language, NO_FALLBACK));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        });
        return found.filter(b -> b.containsKey(key)).map(b -> b.getString(key)).orElse(null);
    }

    private static String feature(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
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
