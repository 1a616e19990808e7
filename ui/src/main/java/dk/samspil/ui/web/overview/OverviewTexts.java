package dk.samspil.ui.web.overview;

import dk.samspil.ui.web.i18n.Labels;

import java.util.Locale;

/** Numbers as the start page writes them, in the language shown. */
record OverviewTexts(Labels translations, Locale locale, int k) {

    /** Shown where there is no figure, e.g. a response rate without invitations. */
    static final String NONE = "–";

    String label(String key, Object... parameters) {
        return translations.get(key, parameters);
    }

    String mean(double mean) {
        return String.format(locale, "%.2f", mean);
    }

    String index(OverviewPage.WaveIndex index) {
        if (index.n() == 0) {
            return NONE;
        }
        return index.suppressed() || index.mean() == null ? label("overview.suppressed") : mean(index.mean());
    }

    /** Suppressed indices hide their n too, as the matrix does. */
    String n(OverviewPage.WaveIndex index) {
        return index.suppressed() && index.n() > 0 ? label("overview.suppressed.n", Integer.toString(k)) : Integer.toString(index.n());
    }

    String percent(double percent) {
        return String.format(locale, "%.1f %%", percent);
    }

    String signedPercent(double percent) {
        return String.format(locale, "%+.1f %%", percent);
    }
}
