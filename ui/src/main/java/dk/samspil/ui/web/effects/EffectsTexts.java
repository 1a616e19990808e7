package dk.samspil.ui.web.effects;

import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.analysis.StaggeredControl;
import dk.samspil.projections.analysis.StaggeredEffect;
import dk.samspil.projections.units.Scope;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.i18n.Labels;

import java.util.Locale;

/** Labels and numbers as the effects page writes them, in the language shown, so charts and tables agree. */
record EffectsTexts(Labels labels, Locale locale, EffectsPage page) {

    /** Shown where there is no figure. */
    static final String NONE = "–";

    String label(String key, Object... parameters) {
        return labels.get(key, parameters);
    }

    String typeName(String type) {
        String name = label("effects.type." + type);
        return name.startsWith("!") ? type : name;
    }

    String scopeName(Scope scope) {
        return label("effects.scope." + scope.key());
    }

    String unitName(String unit) {
        return page.unitName(unit);
    }

    /** A wave as the study names it, or its key when the study does not. */
    String waveName(String wave) {
        return page.study().waves().stream().filter(w -> w.key().equals(wave)).map(StudySummary.Wave::label).findFirst().orElse(wave);
    }

    String controlName(StaggeredControl control) {
        return label("effects.control." + control.key());
    }

    /**
     * An analysis' method in the language shown: the analyses state it in English (as the API and exports give it), the
     * resource bundles in every language the page speaks, keyed by which method it is.
     */
    String method(String english) {
        String key = METHODS.get(english);
        return key == null ? english : label(key);
    }

    /** The methods the effects page shows, and their keys in effects.properties. */
    static final java.util.Map<String, String> METHODS = java.util.Map.of(
            InterventionEffect.METHOD, "effects.method.effect",
            Analyses.EFFECT_DIFFERENCE, "effects.method.effectDifference",
            Elasticity.METHOD, "effects.method.elasticity",
            Analyses.ELASTICITY_DIFFERENCE, "effects.method.elasticityDifference",
            StaggeredEffect.METHOD_INFLUENCE, "effects.method.staggered",
            StaggeredEffect.METHOD_BOOTSTRAP, "effects.method.staggeredBootstrap");

    String exclusion(String reason) {
        return label("effects.exclusion." + reason);
    }

    String interval(double low, double high) {
        return label("effects.interval", number(low, 4), number(high, 4));
    }

    String optional(Double value, int decimals) {
        return value == null ? NONE : number(value, decimals);
    }

    String number(double value, int decimals) {
        return String.format(locale, "%." + decimals + "f", value);
    }

    /** A share of 1 as a percentage with one decimal, as the page's language writes it. */
    String percent(double share) {
        return label("effects.percent", number(100 * share, 1));
    }

    /** An excluded unit's n: shown when it reached k (the other side was short), else only that it was below k. */
    String nBelowK(int n, int k) {
        return n >= k ? Integer.toString(n) : n == 0 ? "0" : label("effects.suppressed.n", k);
    }
}
