package dk.samspil.ui.web.effects;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.EffectPanel;
import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.projections.analysis.StaggeredControl;
import dk.samspil.projections.analysis.StaggeredEffect;
import dk.samspil.projections.analysis.StandardErrors;
import dk.samspil.projections.attributes.AttributeDefinitions;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.Scope;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.web.shell.Choices;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Computes the effects page's analyses through {@link Analyses}, with the defaults the consultancy's reports use. */
@Service
public record EffectsQuery(Analyses analyses, TimelineQuery timelines, InstrumentDefinitions definitions, AttributeDefinitions attributes) {

    static final InstrumentRef LEADERSHIP = InstrumentRef.parse("leadership@1");

    /** Every analysis of the page; one the data cannot answer carries the reason instead of a result. */
    EffectsPage page(StudyMoments.StudyMoment moment, EffectsRequest request) {
        StudySummary study = moment.study();
        AsOf asOf = moment.asOf();
        FigureGate gate = moment.gate();
        List<Instrument> instruments = Choices.instruments(definitions, study, study.instruments());
        Timeline timeline = timelines.timeline(study.study(), asOf);
        List<String> types = timeline.interventions().stream()
                .filter(i -> i.startedOn() != null).map(Timeline.Intervention::type).filter(Objects::nonNull).distinct().sorted().toList();

        List<AttributeSpec> respondentAttributes = attributes.of(study.study(), moment.position()).stream()
                .filter(a -> a.appliesTo() == AttributeSpec.AppliesTo.RESPONDENT).toList();
        Optional<EffectsPage.EffectChoice> effectChoice = effectChoice(request.effect(), instruments, types, respondentAttributes);
        // each value's effect beside everyone's, and their difference from one stacked model
        EffectsPage.Answer<Breakdown<InterventionEffect>> breakdown = effectChoice.filter(c -> c.by().isPresent())
                .map(c -> answer(() -> analyses.effect(study.study(), c.type(), c.outcome().ref(), c.scope(), asOf, gate, c.by().get())))
                .orElse(EffectsPage.Answer.none());
        // both estimators start from one read of the unit-wave indices on the page's timeline (a breakdown reads its own)
        EffectsPage.Answer<EffectPanel> panel = effectChoice.map(c -> answer(() -> analyses.effectPanel(timeline, c.type(),
                c.outcome().ref(), c.scope(), gate))).orElse(EffectsPage.Answer.none());
        // a breakdown holds everyone's effect already; without one (or when a subgroup cannot be fitted) it is fitted alone
        EffectsPage.Answer<InterventionEffect> effect = breakdown.result().map(b -> EffectsPage.Answer.of(b.total()))
                .orElseGet(() -> panel.then(analyses::effect));
        EffectsPage.Answer<StaggeredEffect> staggered = effectChoice.map(c -> panel.then(p -> analyses.staggeredEffect(p, c.control(),
                StandardErrors.INFLUENCE))).orElse(EffectsPage.Answer.none());

        EffectsRequest.ElasticityAsked asked = request.elasticity();
        Optional<StudySummary.Wave> wave = Choices.wave(study, asked.wave());
        Optional<Instrument> x = Choices.instrument(instruments, asked.x(), LEADERSHIP);
        Optional<Instrument> y = Choices.instrument(instruments, asked.y(), Choices.RK);
        Optional<EffectsPage.ElasticityChoice> elasticityChoice = wave.flatMap(w -> x.flatMap(xi -> y.map(yi ->
                new EffectsPage.ElasticityChoice(w, xi, yi))));
        EffectsPage.Answer<Elasticity> elasticity = elasticityChoice.map(c -> answer(() ->
                analyses.elasticity(study.study(), WaveKey.of(c.wave().key()), c.x().ref(), c.y().ref(), asOf, gate)))
                .orElse(EffectsPage.Answer.none());
        return new EffectsPage(study, instruments, types, moment.position(), gate.k(), effectChoice, effect, staggered, elasticityChoice,
                elasticity, request.state().asOf(), respondentAttributes, breakdown);
    }

    private static Optional<EffectsPage.EffectChoice> effectChoice(EffectsRequest.EffectAsked asked, List<Instrument> instruments,
                                                                   List<String> types, List<AttributeSpec> attributes) {
        if (types.isEmpty()) {
            return Optional.empty();
        }
        String type = types.contains(asked.type()) ? asked.type() : types.getFirst();
        return Choices.instrument(instruments, asked.outcome(), Choices.RK).map(outcome -> {
            // a unit index of an instrument that rates no groups has only the scope "all"
            Scope scope = !outcome.relational() ? Scope.ALL
                    : Arrays.stream(Scope.values()).filter(s -> s.key().equals(asked.scope())).findFirst().orElse(Scope.BETWEEN);
            StaggeredControl control = Arrays.stream(StaggeredControl.values()).filter(c -> c.key().equals(asked.control())).findFirst()
                    .orElse(StaggeredControl.NEVER);
            return new EffectsPage.EffectChoice(type, outcome, scope,
                    attributes.stream().filter(a -> a.key().value().equals(asked.by())).findFirst(), control);
        });
    }

    private interface Analysis<T> {
        T run();
    }

    private static <T> EffectsPage.Answer<T> answer(Analysis<T> analysis) {
        try {
            return EffectsPage.Answer.of(analysis.run());
        } catch (IllegalArgumentException e) {
            return EffectsPage.Answer.refused(e.getMessage());
        }
    }
}
