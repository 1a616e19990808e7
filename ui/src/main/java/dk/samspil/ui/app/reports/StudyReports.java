package dk.samspil.ui.app.reports;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.PersonLevelDataRead;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.Change;
import dk.samspil.projections.analysis.Elasticity;
import dk.samspil.projections.analysis.InterventionEffect;
import dk.samspil.projections.analysis.StaggeredControl;
import dk.samspil.projections.analysis.StaggeredEffect;
import dk.samspil.projections.analysis.StandardErrors;
import dk.samspil.projections.analysis.OutcomeShifts;
import dk.samspil.projections.analysis.RelationFindings;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.history.LoggedEvent;
import dk.samspil.projections.matrix.CaseMatrix;
import dk.samspil.projections.matrix.GivenReceived;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.outcomes.OutcomeMonths;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.units.Scope;
import dk.samspil.projections.units.UnitIndices;
import dk.samspil.ui.app.facts.Facts;
import dk.samspil.ui.app.study.StudyAccess;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.app.study.StudyMoments.StudyMoment;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;

/**
 * The figures of the read model and the analyses researchers publish (measures.md), each for a study
 * at a moment with its k, as ./samspil report and ./samspil analyze ask for them.
 */
@Service
public class StudyReports {

    private final StudyMoments moments;
    private final StudyAccess access;
    private final Facts facts;
    private final ReadModelSync sync;
    private final ReadModel readModel;

    public StudyReports(StudyMoments moments, StudyAccess access, Facts facts, ReadModelSync sync, ReadModel readModel) {
        this.moments = moments;
        this.access = access;
        this.facts = facts;
        this.sync = sync;
        this.readModel = readModel;
    }

    /** The relation matrix with the study it was drawn from (whose groups are its rows and columns). */
    public record Matrix(StudySummary study, RelationMatrix matrix) {
    }

    /** A matrix broken down by an attribute, with the study it was drawn from. */
    public record Matrices(StudySummary study, Breakdown<RelationMatrix> breakdown) {
    }

    /** The newest events and how many there are in all. */
    public record Log(long total, List<LoggedEvent> events) {
    }

    /** The study as it stood at the moment asked, for those who may view its figures. */
    public StudySummary study(ReportRequest request) {
        return moment(Operation.VIEW_MATRIX, request).study();
    }

    /** @param unit only respondents of this unit and the units below it; null: the whole study */
    public Matrix matrix(ReportRequest request, String wave, String instrument, String unit) {
        StudyMoment m = moment(Operation.VIEW_MATRIX, request);
        m.unit(unit);
        return new Matrix(m.study(), readModel.matrices().matrix(m.id(), m.wave(wave), m.instrument(instrument), unit, m.asOf(), m.gate()));
    }

    /** The relation matrix of everyone and of each subgroup's raters (their value of a respondent attribute in the wave). */
    public Matrices matrix(ReportRequest request, String wave, String instrument, String unit, String by) {
        StudyMoment m = moment(Operation.VIEW_MATRIX, request);
        m.unit(unit);
        AttributeSpec attribute = attribute(m, by, AttributeSpec.AppliesTo.RESPONDENT);
        return new Matrices(m.study(), Breakdown.of(attribute, subgroup -> readModel.matrices().matrix(m.id(), m.wave(wave),
                m.instrument(instrument), unit, m.asOf(), m.gate(), subgroup)));
    }

    /** @param unit only respondents of this unit and the units below it; null: the whole study */
    public GivenReceived givenReceived(ReportRequest request, String wave, String instrument, String unit) {
        StudyMoment m = moment(Operation.VIEW_MATRIX, request);
        m.unit(unit);
        return readModel.givenReceived().givenReceived(m.id(), m.wave(wave), m.instrument(instrument), unit, m.asOf(), m.gate());
    }

    /** Person-level figures: who read them is recorded in the history, for admins to review. */
    public CaseMatrix caseMatrix(ReportRequest request, String wave, String instrument, List<String> cases) {
        StudyMoment m = moment(Operation.VIEW_CASE_MATRIX, request);
        CaseMatrix matrix = readModel.caseMatrices().matrix(m.id(), m.wave(wave), m.instrument(instrument), cases, m.asOf(), m.k());
        facts.record(new PersonLevelDataRead(access.username(), m.id(), "case matrix, wave " + matrix.wave() + ", "
                + matrix.instrument() + ", " + (cases.isEmpty() ? "every case" : cases.size() + " case(s)"), matrix.asOfPosition()));
        return matrix;
    }

    /**
     * @param rater only respondents of this group; null: everyone
     * @param unit  only respondents of this unit and the units below it; null: the whole study
     */
    public DimensionProfile profile(ReportRequest request, String wave, String instrument, String rater, String target, String unit) {
        StudyMoment m = moment(Operation.VIEW_PROFILE, request);
        m.group("--rater", rater);
        m.group("--target", target);
        m.unit(unit);
        return readModel.profiles().profile(m.id(), m.wave(wave), m.instrument(instrument), rater, target, unit, m.asOf(), m.gate());
    }

    /** Every wave's profile of all respondents (of a unit and the units below it), in one pass over the item rows. */
    public List<DimensionProfile> profiles(ReportRequest request, List<String> waves, String instrument, String unit) {
        StudyMoment m = moment(Operation.VIEW_PROFILE, request);
        m.unit(unit);
        return readModel.profiles().profiles(m.id(), waves.stream().map(m::wave).toList(), m.instrument(instrument), null, null, unit,
                m.asOf(), m.gate());
    }

    /** The dimension profile of everyone and of each subgroup's respondents (their value of a respondent attribute in the wave). */
    public Breakdown<DimensionProfile> profile(ReportRequest request, String wave, String instrument, String rater, String target, String unit,
                                               String by) {
        StudyMoment m = moment(Operation.VIEW_PROFILE, request);
        m.group("--rater", rater);
        m.group("--target", target);
        m.unit(unit);
        AttributeSpec attribute = attribute(m, by, AttributeSpec.AppliesTo.RESPONDENT);
        return Breakdown.of(attribute, subgroup -> readModel.profiles().profile(m.id(), m.wave(wave), m.instrument(instrument), rater, target,
                unit, m.asOf(), m.gate(), subgroup));
    }

    /** @param unit only this unit and the units below it; null: every unit */
    public UnitIndices units(ReportRequest request, String wave, String instrument, String scope, String unit) {
        StudyMoment m = moment(Operation.VIEW_MATRIX, request);
        UnitIndices indices = readModel.units().indices(m.id(), m.wave(wave), m.instrument(instrument), scope(scope), m.asOf(), m.gate());
        return unit == null ? indices : indices.within(below(m, unit));
    }

    /** The unit indices of everyone and of each subgroup of a respondent attribute (the rater's value in the wave). */
    public Breakdown<UnitIndices> units(ReportRequest request, String wave, String instrument, String scope, String unit, String by) {
        StudyMoment m = moment(Operation.VIEW_MATRIX, request);
        AttributeSpec attribute = attribute(m, by, AttributeSpec.AppliesTo.RESPONDENT);
        java.util.Set<String> chosen = unit == null ? null : below(m, unit);
        return Breakdown.of(attribute, subgroup -> {
            UnitIndices all = readModel.units().indices(m.id(), m.wave(wave), m.instrument(instrument), scope(scope), m.asOf(), m.gate(), subgroup);
            return chosen == null ? all : all.within(chosen);
        });
    }

    /** @param unit only this unit and the units below it; null: every unit */
    public OutcomeMonths outcomes(ReportRequest request, String outcome, String unit) {
        StudyMoment m = moment(Operation.VIEW_EFFECTS, request);
        return months(m, outcome, unit, null);
    }

    /** A citizen outcome per unit and month of everyone and of each subgroup's citizens (their value of a citizen attribute that day). */
    public Breakdown<OutcomeMonths> outcomes(ReportRequest request, String outcome, String unit, String by) {
        StudyMoment m = moment(Operation.VIEW_EFFECTS, request);
        AttributeSpec attribute = attribute(m, by, AttributeSpec.AppliesTo.CITIZEN);
        return Breakdown.of(attribute, subgroup -> months(m, outcome, unit, subgroup));
    }

    private OutcomeMonths months(StudyMoment m, String outcome, String unit, Subgroup subgroup) {
        readModel.outcomes().require(m.id(), outcome);
        OutcomeMonths months = readModel.outcomes().monthly(m.id(), outcome, m.asOf(), m.gate(), subgroup);
        return unit == null ? months : months.within(below(m, unit));
    }

    /** @param unit only the interventions and changes of this unit and the units below it; null: all */
    public Timeline timeline(ReportRequest request, String unit) {
        StudyMoment m = moment(Operation.VIEW_TIMELINE, request);
        Timeline timeline = readModel.timeline().timeline(m.id(), m.asOf());
        return unit == null ? timeline : timeline.within(below(m, unit));
    }

    /** @param study only events of this study; null: every event */
    public Log log(String study, int limit) {
        sync.awaitCaughtUp(Duration.ofHours(1), at -> { });
        StudyId filter = study == null ? null : StudyId.of(study);
        List<LoggedEvent> events = readModel.log().newest(filter, limit);
        return new Log(readModel.log().count(filter), events);
    }

    /** One page of a study's history, newest first. */
    public record Events(String study, @JsonProperty("as_of_position") long asOfPosition, int page, int size, boolean more,
                         List<LoggedEvent> events) {
    }

    /**
     * A study's history as the history page shows it to the current user, one page at a time.
     *
     * @param type only events of this type; null: every type
     */
    public Events events(ReportRequest request, String type, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("size must be 1 to 1000, was " + size);
        }
        StudyMoment m = moment(Operation.VIEW_HISTORY, request);
        EventLogQuery.Filter filter = new EventLogQuery.Filter(type, m.id(), null, null, m.position())
                .within(access.scope(Operation.VIEW_HISTORY));
        // one more than asked says whether another page follows, without counting them all
        List<LoggedEvent> read = readModel.log().page(filter, page * size, size + 1);
        return new Events(m.id().value(), m.position(), page, size, read.size() > size, read.subList(0, Math.min(size, read.size())));
    }

    /** The studies the current user may read figures of. */
    public List<StudySummary.Named> studies() {
        return access.visible(Operation.VIEW_MATRIX, readModel.catalog().studies());
    }

    public Elasticity elasticity(ReportRequest request, String wave, String x, String y) {
        StudyMoment m = moment(Operation.VIEW_EFFECTS, request);
        return readModel.analyses().elasticity(m.id(), m.wave(wave), m.instrument(x), m.instrument(y), m.asOf(), m.gate());
    }

    /** The elasticity of everyone and of each subgroup's respondents, each compared with the first subgroup's. */
    public Breakdown<Elasticity> elasticity(ReportRequest request, String wave, String x, String y, String by) {
        StudyMoment m = moment(Operation.VIEW_EFFECTS, request);
        AttributeSpec attribute = attribute(m, by, AttributeSpec.AppliesTo.RESPONDENT);
        return readModel.analyses().elasticity(m.id(), m.wave(wave), m.instrument(x), m.instrument(y), m.asOf(), m.gate(), attribute);
    }

    /** @param scope null: between for a relational instrument (measures.md's default outcome), else all */
    public InterventionEffect effect(ReportRequest request, String type, String outcome, String scope) {
        StudyMoment m = moment(Operation.VIEW_EFFECTS, request);
        InstrumentRef ref = m.instrument(outcome);
        return readModel.analyses().effect(m.id(), type, ref, effectScope(m, ref, scope), m.asOf(), m.gate());
    }

    /** The effect for everyone and for each subgroup's respondents, each subgroup's against the first's in one stacked model. */
    public Breakdown<InterventionEffect> effect(ReportRequest request, String type, String outcome, String scope, String by) {
        StudyMoment m = moment(Operation.VIEW_EFFECTS, request);
        InstrumentRef ref = m.instrument(outcome);
        AttributeSpec attribute = attribute(m, by, AttributeSpec.AppliesTo.RESPONDENT);
        return readModel.analyses().effect(m.id(), type, ref, effectScope(m, ref, scope), m.asOf(), m.gate(), attribute);
    }

    /** Callaway–Sant'Anna group-time effects with the regression's decomposition, on the same unit-wave indices. */
    public StaggeredEffect staggeredEffect(ReportRequest request, String type, String outcome, String scope, StaggeredControl control,
                                           StandardErrors errors) {
        StudyMoment m = moment(Operation.VIEW_EFFECTS, request);
        InstrumentRef ref = m.instrument(outcome);
        return readModel.analyses().staggeredEffect(m.id(), type, ref, effectScope(m, ref, scope), m.asOf(), m.gate(), control, errors);
    }

    /** The scope asked for, or between for a relational instrument (measures.md's default outcome), else all. */
    private static Scope effectScope(StudyMoment m, InstrumentRef ref, String scope) {
        return scope != null ? scope(scope) : m.study().relationalInstruments().contains(ref) ? Scope.BETWEEN : Scope.ALL;
    }

    /** @param unit only respondents of this unit; null: the whole study */
    public Change change(ReportRequest request, String from, String to, String instrument, String unit, String scope) {
        StudyMoment m = moment(Operation.VIEW_EFFECTS, request);
        m.unit(unit);
        notAtReleases(m, "change between waves");
        return readModel.analyses().change(m.id(), m.wave(from), m.wave(to), m.instrument(instrument), unit, scope(scope), m.asOf(), m.k());
    }

    /** The change of everyone and of each subgroup's respondents (their value in each wave), each compared with the first subgroup's. */
    public Breakdown<Change> change(ReportRequest request, String from, String to, String instrument, String unit, String scope, String by) {
        StudyMoment m = moment(Operation.VIEW_EFFECTS, request);
        m.unit(unit);
        notAtReleases(m, "change between waves");
        AttributeSpec attribute = attribute(m, by, AttributeSpec.AppliesTo.RESPONDENT);
        return readModel.analyses().change(m.id(), m.wave(from), m.wave(to), m.instrument(instrument), unit, scope(scope), m.asOf(), m.k(),
                attribute);
    }

    /** @param threshold null: {@link Analyses#DEFAULT_IMPORTANCE_THRESHOLD} */
    public RelationFindings relations(ReportRequest request, String wave, String instrument, Double threshold) {
        StudyMoment m = moment(Operation.VIEW_NETWORK, request);
        return readModel.analyses().relations(m.id(), m.wave(wave), m.instrument(instrument),
                threshold == null ? Analyses.DEFAULT_IMPORTANCE_THRESHOLD : threshold, m.asOf(), m.gate());
    }

    /** @param type only interventions of this type; null: every type */
    public OutcomeShifts outcomes(ReportRequest request, String outcome, String type, int windowMonths) {
        StudyMoment m = moment(Operation.VIEW_EFFECTS, request);
        notAtReleases(m, "citizen outcomes");
        return readModel.analyses().outcomes(m.id(), outcome, type, windowMonths, m.asOf(), m.k());
    }

    /** The same for everyone and each subgroup's citizens (their value of a citizen attribute on the day measured), compared. */
    public Breakdown<OutcomeShifts> outcomes(ReportRequest request, String outcome, String type, int windowMonths, String by) {
        StudyMoment m = moment(Operation.VIEW_EFFECTS, request);
        notAtReleases(m, "citizen outcomes");
        AttributeSpec attribute = attribute(m, by, AttributeSpec.AppliesTo.CITIZEN);
        return readModel.analyses().outcomes(m.id(), outcome, type, windowMonths, m.asOf(), m.k(), attribute);
    }

    /** Figures no release decides yet are for those who read every moment; anyone else is refused, not shown them unchecked. */
    private void notAtReleases(StudyMoment m, String what) {
        if (m.atReleasesOnly()) {
            throw new dk.samspil.domain.access.AccessPolicy.AccessDenied(access.username() + " reads figures at release points, where "
                    + what + " are not released yet");
        }
    }
    private java.util.Set<String> below(StudyMoment m, String unit) {
        m.unit(unit);
        return readModel.catalog().unitAndBelow(m.id(), unit, m.asOf());
    }

    /** The attribute a breakdown asks for, of the kind of people the figures are about. */
    private AttributeSpec attribute(StudyMoment m, String by, AttributeSpec.AppliesTo about) {
        return readModel.attributes().require(m.id(), by, about, m.position(), "--by");
    }

    private StudyMoment moment(Operation operation, ReportRequest request) {
        return moments.require(operation, request.study(), request.asOf(), request.k());
    }

    /** all, between or within. */
    private static Scope scope(String text) {
        try {
            return Scope.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--scope: " + e.getMessage());
        }
    }
}
