package dk.samspil.ui.web.effects;

import com.vaadin.flow.router.QueryParameters;
import dk.samspil.ui.web.shell.ViewRequest;
import dk.samspil.ui.web.shell.ViewState;

import static dk.samspil.ui.web.shell.ViewState.first;

/**
 * What the address asks the effects page for: the intervention effect (?type=handleteam&amp;outcome=rk@1&amp;scope=between&amp;by=stilling,
 * and &amp;control=not-yet for the staggered effect's comparison units) and the elasticity (?wave=w0&amp;x=leadership@1&amp;y=rk@1), besides study and as-of. Any part may be absent.
 */
record EffectsRequest(ViewState state, EffectAsked effect, ElasticityAsked elasticity) implements ViewRequest {

    /**
     * The intervention effect asked for; {@code by} a respondent attribute to break it down by, {@code control} whom the
     * staggered effect compares a start group with (never or not-yet treated units).
     */
    record EffectAsked(String type, String outcome, String scope, String by, String control) {
    }

    /** The elasticity asked for: of y on x across units, at one wave. */
    record ElasticityAsked(String wave, String x, String y) {
    }

    static EffectsRequest of(QueryParameters address) {
        return new EffectsRequest(ViewState.of(address),
                new EffectAsked(first(address, "type"), first(address, "outcome"), first(address, "scope"), first(address, "by"),
                        first(address, "control")),
                new ElasticityAsked(first(address, "wave"), first(address, "x"), first(address, "y")));
    }

    @Override
    public QueryParameters address() {
        return state.address("type", effect.type(), "outcome", effect.outcome(), "scope", effect.scope(), "by", effect.by(), "control", effect.control(),
                "wave", elasticity.wave(), "x", elasticity.x(), "y", elasticity.y());
    }

    EffectsRequest withType(String value) {
        return with(new EffectAsked(value, effect.outcome(), effect.scope(), effect.by(), effect.control()));
    }

    EffectsRequest withOutcome(String value) {
        // the scope that fits the new instrument is chosen again
        return with(new EffectAsked(effect.type(), value, null, effect.by(), effect.control()));
    }

    EffectsRequest withScope(String value) {
        return with(new EffectAsked(effect.type(), effect.outcome(), value, effect.by(), effect.control()));
    }

    EffectsRequest withBy(String attribute) {
        return with(new EffectAsked(effect.type(), effect.outcome(), effect.scope(), attribute, effect.control()));
    }

    EffectsRequest withControl(String value) {
        return with(new EffectAsked(effect.type(), effect.outcome(), effect.scope(), effect.by(), value));
    }

    EffectsRequest withWave(String value) {
        return with(new ElasticityAsked(value, elasticity.x(), elasticity.y()));
    }

    EffectsRequest withX(String value) {
        return with(new ElasticityAsked(elasticity.wave(), value, elasticity.y()));
    }

    EffectsRequest withY(String value) {
        return with(new ElasticityAsked(elasticity.wave(), elasticity.x(), value));
    }

    private EffectsRequest with(EffectAsked next) {
        return new EffectsRequest(state, next, elasticity);
    }

    private EffectsRequest with(ElasticityAsked next) {
        return new EffectsRequest(state, effect, next);
    }
}
