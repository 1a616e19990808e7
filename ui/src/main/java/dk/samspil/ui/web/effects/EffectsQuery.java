package dk.samspil.ui.web.effects;

import dk.samspil.domain.access.Operation;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.Scope;
import dk.samspil.ui.runtime.settings.SamspilProperties;
import dk.samspil.ui.app.study.StudyMoments;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Computes the effects page's analyses through {@link Analyses}, with the defaults the consultancy's reports use. */
@Service
public class EffectsQuery {

    static final InstrumentRef RK = InstrumentRef.parse("rk@1");
    static final InstrumentRef LEADERSHIP = InstrumentRef.parse("leadership@1");

    private final StudyMoments moments;
    private final Analyses analyses;
    private final TimelineQuery timelines;
    private final InstrumentDefinitions definitions;
    private final int k;

    public EffectsQuery(StudyMoments moments, Analyses analyses, TimelineQuery timelines, InstrumentDefinitions definitions, SamspilProperties properties) {
        this.moments = moments;
        this.analyses = analyses;
        this.timelines = timelines;
        this.definitions = definitions;
        this.k = properties.k();
    }

    Optional<EffectsPage> load(EffectsRequest request) {
        Optional<StudyMoments.StudyMoment> moment = moments.resolve(Operation.VIEW_EFFECTS, request.study(), request.moment());
        if (moment.isEmpty()) {
            return Optional.empty();
        }
        List<StudySummary.Named> studies = moment.get().studies();
        StudySummary study = moment.get().study();
        AsOf asOf = moment.get().asOf();
        long at = moment.get().position();
        List<Instrument> instruments = study.instruments().stream()
                .map(ref -> definitions.find(study.study(), ref)).flatMap(Optional::stream).toList();
        List<String> types = timelines.timeline(study.study(), asOf).interventions().stream()
                .filter(i -> i.startedOn() != null).map(Timeline.Intervention::type).filter(Objects::nonNull).distinct().sorted().toList();

        Optional<EffectsPage.EffectChoice> effectChoice = effectChoice(request, instruments, types);
        EffectsPage.Answer<InterventionEffect> effect = effectChoice.map(c -> answer(() ->
                analyses.effect(study.study(), c.type(), c.outcome().ref(), c.scope(), asOf, k))).orElse(EffectsPage.Answer.none());

        Optional<StudySummary.Wave> wave = study.waves().stream().filter(w -> w.key().equals(request.wave())).findFirst()
                .or(() -> study.waves().stream().filter(w -> w.questionnaires() > 0).reduce((older, newer) -> newer))
                .or(() -> study.waves().stream().reduce((older, newer) -> newer));
        Optional<Instrument> x = pick(instruments, request.x(), LEADERSHIP);
        Optional<Instrument> y = pick(instruments, request.y(), RK);
        Optional<EffectsPage.ElasticityChoice> elasticityChoice = wave.flatMap(w -> x.flatMap(xi -> y.map(yi ->
                new EffectsPage.ElasticityChoice(w, xi, yi))));
        EffectsPage.Answer<Elasticity> elasticity = elasticityChoice.map(c -> answer(() ->
                analyses.elasticity(study.study(), WaveKey.of(c.wave().key()), c.x().ref(), c.y().ref(), asOf, k)))
                .orElse(EffectsPage.Answer.none());
        return Optional.of(new EffectsPage(study, instruments, types, at, k, effectChoice, effect, elasticityChoice, elasticity,
                request.asOf()));
    }

    private static Optional<EffectsPage.EffectChoice> effectChoice(EffectsRequest request, List<Instrument> instruments, List<String> types) {
        if (types.isEmpty()) {
            return Optional.empty();
        }
        String type = types.contains(request.type()) ? request.type() : types.getFirst();
        return pick(instruments, request.outcome(), RK).map(outcome -> {
            // a unit index of an instrument that rates no groups has only the scope "all"
            Scope scope = !outcome.relational() ? Scope.ALL
                    : Arrays.stream(Scope.values()).filter(s -> s.key().equals(request.scope())).findFirst().orElse(Scope.BETWEEN);
            return new EffectsPage.EffectChoice(type, outcome, scope);
        });
    }

    private static Optional<Instrument> pick(List<Instrument> instruments, String requested, InstrumentRef preferred) {
        return instruments.stream().filter(i -> i.ref().toString().equals(requested)).findFirst()
                .or(() -> instruments.stream().filter(i -> i.ref().equals(preferred)).findFirst())
                .or(() -> instruments.stream().findFirst());
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
