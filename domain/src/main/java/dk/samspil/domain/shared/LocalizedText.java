package dk.samspil.domain.shared;

import java.util.Locale;
import java.util.Objects;

/** A label in Danish and English; Danish is the default and the fallback. */
public record LocalizedText(String da, String en) {

    public LocalizedText {
        Objects.requireNonNull(da, "Danish text");
        en = en == null || en.isBlank() ? da : en;
    }

    public static LocalizedText of(String da, String en) {
        return new LocalizedText(da, en);
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : da;
    }
}
