package dk.samspil.ui.web.effects;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.projections.analysis.StaggeredControl;
import dk.samspil.projections.analysis.StaggeredEffect;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.units.Scope;
import dk.samspil.ui.web.shell.Choices;
import dk.samspil.ui.web.shell.ViewPage;
import dk.samspil.ui.web.shell.ViewState;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The analyses the effects page shows, all computed at one event-store position.
 *
 * @param types       the intervention types started in the study by then, for the picker
 * @param effect      the difference-in-differences of the chosen type, or why the data cannot answer
 * @param staggered   the Callaway–Sant'Anna effect of the chosen type for everyone, from the same panel as the effect
 * @param elasticity  the elasticity of the chosen wave and instruments, or why the data cannot answer
 * @param attributes  the study's respondent attributes, for the breakdown picker
 * @param breakdown   with a chosen attribute, the effect for everyone and each value's respondents and their difference
 */
record EffectsPage(StudySummary study, List<Instrument> instruments, List<String> types, long position, int k,
                   Optional<EffectChoice> effectChoice, Answer<InterventionEffect> effect, Answer<StaggeredEffect> staggered,
                   Optional<ElasticityChoice> elasticityChoice, Answer<Elasticity> elasticity, String asOf,
                   List<AttributeSpec> attributes, Answer<Breakdown<InterventionEffect>> breakdown)
        implements ViewPage {

    EffectsPage {
        instruments = List.copyOf(instruments);
        types = List.copyOf(types);
        attributes = List.copyOf(attributes);
    }

    /**
     * @param by      the respondent attribute the effect is broken down by, if any
     * @param control whom the staggered effect compares a start group with
     */
    record EffectChoice(String type, Instrument outcome, Scope scope, Optional<AttributeSpec> by, StaggeredControl control) {
    }

    record ElasticityChoice(StudySummary.Wave wave, Instrument x, Instrument y) {
    }

    /** A result, or the reason in words why the data cannot give one; neither when nothing could be chosen. */
    record Answer<T>(Optional<T> result, Optional<String> refusal) {

        static <T> Answer<T> of(T result) {
            return new Answer<>(Optional.of(result), Optional.empty());
        }

        static <T> Answer<T> refused(String reason) {
            return new Answer<>(Optional.empty(), Optional.of(reason));
        }

        static <T> Answer<T> none() {
            return new Answer<>(Optional.empty(), Optional.empty());
        }

        /** A further analysis of this result; a refusal of either, this one's first, is the answer's. */
        <U> Answer<U> then(Function<T, U> analysis) {
            if (result.isEmpty()) {
                return new Answer<>(Optional.empty(), refusal);
            }
            try {
                return of(analysis.apply(result.get()));
            } catch (IllegalArgumentException e) {
                return refused(e.getMessage());
            }
        }
    }

    @Override
    public EffectsRequest shown() {
        return new EffectsRequest(new ViewState(study.study().value(), asOf),
                new EffectsRequest.EffectAsked(effectChoice.map(EffectChoice::type).orElse(null),
                        effectChoice.map(c -> c.outcome().ref().toString()).orElse(null),
                        effectChoice.map(c -> c.scope().key()).orElse(null),
                        effectChoice.flatMap(EffectChoice::by).map(a -> a.key().value()).orElse(null),
                        effectChoice.map(c -> c.control().key()).orElse(null)),
                new EffectsRequest.ElasticityAsked(elasticityChoice.map(c -> c.wave().key()).orElse(null),
                        elasticityChoice.map(c -> c.x().ref().toString()).orElse(null),
                        elasticityChoice.map(c -> c.y().ref().toString()).orElse(null)));
    }

    String unitName(String key) {
        return Choices.name(study.units(), key);
    }
}
