package dk.samspil.projections.analysis;

import dk.samspil.domain.intervention.InterventionType;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.network.RelationshipMapQuery;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.Scope;
import dk.samspil.projections.units.UnitIndexQuery;

/**
 * The analyses researchers publish, computed from the read model as of a position (measures.md).
 * Every result names the position, k, the instruments and the method it used.
 *
 * @throws IllegalArgumentException from every method, for input the data cannot answer, with the reason in words
 */
public record Analyses(ReadModelStore store, Positions positions, InstrumentDefinitions instruments) {

    /** Mean relation-importance@1 score from which a relation counts as important. */
    public static final double DEFAULT_IMPORTANCE_THRESHOLD = 4.0;
    /** Months on each side of an intervention start that the outcome comparison uses. */
    public static final int DEFAULT_WINDOW_MONTHS = OutcomeSeriesQuery.WINDOW_MONTHS;
    /** How a subgroup's intervention effect is compared with the reference subgroup's. */
    public static final String EFFECT_DIFFERENCE = EffectAnalysis.DIFFERENCE;
    /** How a subgroup's elasticity is compared with the reference subgroup's. */
    public static final String ELASTICITY_DIFFERENCE = ElasticityAnalysis.DIFFERENCE;

    /** Elasticity of y with respect to x across the wave's units (unit indices over all ratings). */
    public Elasticity elasticity(StudyId study, WaveKey wave, InstrumentRef x, InstrumentRef y, AsOf asOf, FigureGate gate) {
        return new ElasticityAnalysis(units()).elasticity(study, wave, x, y, positions.resolve(asOf), gate, null);
    }

    /**
     * The elasticity of everyone and of each subgroup's respondents (their value of a respondent attribute in the wave),
     * each subgroup's slope compared with the first's.
     */
    public Breakdown<Elasticity> elasticity(StudyId study, WaveKey wave, InstrumentRef x, InstrumentRef y, AsOf asOf, FigureGate gate,
                                            AttributeSpec attribute) {
        long position = positions.resolve(asOf);
        ElasticityAnalysis analysis = new ElasticityAnalysis(units());
        Breakdown<Elasticity> breakdown = Breakdown.of(attribute, subgroup -> analysis.elasticity(study, wave, x, y, position, gate, subgroup));
        return breakdown.compared(ElasticityAnalysis.differences(breakdown));
    }

    /** Difference-in-differences of an intervention type on a unit index. */
    public InterventionEffect effect(StudyId study, String type, InstrumentRef outcome, Scope scope, AsOf asOf, FigureGate gate) {
        return effect(effectPanel(study, type, outcome, scope, asOf, gate));
    }

    /** The two-way fixed-effects estimate on a panel read by {@link #effectPanel}. */
    public InterventionEffect effect(EffectPanel panel) {
        return new EffectAnalysis(store, units(), timelines()).effect(panel, null);
    }

    /** Callaway–Sant'Anna group-time effects of an intervention type on a unit index, with the regression's decomposition. */
    public StaggeredEffect staggeredEffect(StudyId study, String type, InstrumentRef outcome, Scope scope, AsOf asOf, FigureGate gate,
                                           StaggeredControl control, StandardErrors errors) {
        return staggeredEffect(effectPanel(study, type, outcome, scope, asOf, gate), control, errors);
    }

    /** Callaway–Sant'Anna on a panel read by {@link #effectPanel}. */
    public StaggeredEffect staggeredEffect(EffectPanel panel, StaggeredControl control, StandardErrors errors) {
        return StaggeredEffectAnalysis.estimate(panel, control, errors);
    }

    /** What every estimator of an intervention effect starts from, read once when a page shows several of them. */
    public EffectPanel effectPanel(StudyId study, String type, InstrumentRef outcome, Scope scope, AsOf asOf, FigureGate gate) {
        return effectPanel(timelines().timeline(study, asOf), type, outcome, scope, gate);
    }

    /** The same from a timeline the caller has read already (its study and position), so it is not read twice. */
    public EffectPanel effectPanel(Timeline timeline, String type, InstrumentRef outcome, Scope scope, FigureGate gate) {
        if (InterventionType.fromKey(type).isEmpty()) {
            throw new IllegalArgumentException("intervention type is one of " + InterventionType.keys() + ", was '" + type + "'");
        }
        scope.check(instruments.require(timeline.study(), outcome));
        return new EffectAnalysis(store, units(), timelines()).panel(timeline, type, outcome, scope, gate, null);
    }

    /**
     * The effect for everyone and for each subgroup's respondents (their unit indices), each subgroup's effect against the
     * first's in one stacked model clustered by unit.
     */
    public Breakdown<InterventionEffect> effect(StudyId study, String type, InstrumentRef outcome, Scope scope, AsOf asOf, FigureGate gate,
                                                AttributeSpec attribute) {
        InterventionEffect total = effect(study, type, outcome, scope, asOf, gate);
        EffectAnalysis analysis = new EffectAnalysis(store, units(), timelines());
        Breakdown<InterventionEffect> breakdown = Breakdown.of(attribute, total, subgroup -> analysis.effect(study, type, outcome, scope,
                total.asOfPosition(), gate, subgroup));
        return breakdown.compared(EffectAnalysis.differences(breakdown));
    }

    /** Change between two waves, per item and overall; {@code unit} null for the whole study. */
    public Change change(StudyId study, WaveKey from, WaveKey to, InstrumentRef instrument, String unit, Scope scope, AsOf asOf, int k) {
        return new ChangeAnalysis(store, instruments).change(study, instrument, from, to, unit, scope, positions.resolve(asOf), k, null);
    }

    /**
     * The change of everyone and of each subgroup's respondents (in each wave, those with the value in that wave), each
     * subgroup's change compared with the first's.
     */
    public Breakdown<Change> change(StudyId study, WaveKey from, WaveKey to, InstrumentRef instrument, String unit, Scope scope, AsOf asOf,
                                    int k, AttributeSpec attribute) {
        long position = positions.resolve(asOf);
        ChangeAnalysis analysis = new ChangeAnalysis(store, instruments);
        Breakdown<Change> breakdown = Breakdown.of(attribute, subgroup -> analysis.change(study, instrument, from, to, unit, scope, position, k,
                subgroup));
        return breakdown.compared(ChangeAnalysis.differences(breakdown));
    }

    /** Weak-but-important relations and pair asymmetry of one wave's matrix of a relational instrument. */
    public RelationFindings relations(StudyId study, WaveKey wave, InstrumentRef instrument, double importanceThreshold, AsOf asOf,
                                      FigureGate gate) {
        if (!instruments.require(study, instrument).relational()) {
            throw new IllegalArgumentException(instrument + " does not rate groups, so it has no relations");
        }
        return new RelationsAnalysis(store, new RelationMatrixQuery(store, positions, instruments),
                new RelationshipMapQuery(store, positions), instruments).relations(study, wave, instrument, importanceThreshold, positions.resolve(asOf), gate);
    }

    /** A citizen outcome per unit and month, and before against after each intervention start; {@code type} null for all types. */
    public OutcomeShifts outcomes(StudyId study, String outcome, String type, int windowMonths, AsOf asOf, int k) {
        if (type != null && InterventionType.fromKey(type).isEmpty()) {
            throw new IllegalArgumentException("intervention type is one of " + InterventionType.keys() + ", was '" + type + "'");
        }
        return new OutcomeAnalysis(store, new OutcomeSeriesQuery(store, positions), timelines()).outcomes(study, outcome, type, windowMonths, positions.resolve(asOf), k, null);
    }

    /**
     * The same for everyone and for each subgroup's citizens (their value of a citizen attribute on the day measured), each
     * subgroup's shift at each start compared with the first subgroup's.
     */
    public Breakdown<OutcomeShifts> outcomes(StudyId study, String outcome, String type, int windowMonths, AsOf asOf, int k,
                                             AttributeSpec attribute) {
        if (type != null && InterventionType.fromKey(type).isEmpty()) {
            throw new IllegalArgumentException("intervention type is one of " + InterventionType.keys() + ", was '" + type + "'");
        }
        long position = positions.resolve(asOf);
        OutcomeAnalysis analysis = new OutcomeAnalysis(store, new OutcomeSeriesQuery(store, positions), timelines());
        Breakdown<OutcomeShifts> breakdown = Breakdown.of(attribute, subgroup -> analysis.outcomes(study, outcome, type, windowMonths, position, k,
                subgroup));
        return breakdown.compared(OutcomeAnalysis.differences(breakdown));
    }

    private UnitIndexQuery units() {
        return new UnitIndexQuery(store, positions, instruments);
    }

    private TimelineQuery timelines() {
        return new TimelineQuery(store, positions);
    }
}
