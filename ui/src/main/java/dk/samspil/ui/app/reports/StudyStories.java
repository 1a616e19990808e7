package dk.samspil.ui.app.reports;

import dk.samspil.domain.access.Operation;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.network.RelationshipMap;
import dk.samspil.projections.network.RelationshipMapQuery;
import dk.samspil.projections.outcomes.OutcomePeriods;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.outcomes.OutcomeWindow;
import dk.samspil.projections.outcomes.PeriodLength;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.app.study.StudyMoments.StudyMoment;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the network map and the timeline tell beyond single figures, for a study at a moment through its gate: how
 * much each relation matters, and the citizens' outcome over the study with its 18 months around each intervention.
 */
@Service
public class StudyStories {

    private final StudyMoments moments;
    private final ReadModel readModel;

    public StudyStories(StudyMoments moments, ReadModel readModel) {
        this.moments = moments;
        this.readModel = readModel;
    }

    /**
     * A citizen outcome as the timeline tells it.
     *
     * @param periods the outcome per period at the shortest length whose periods of the unit are shown
     * @param windows before against after the start of each intervention of the unit (18 months each side), in start order
     */
    public record OutcomeStory(String outcome, PeriodLength length, List<OutcomePeriods.Period> periods, List<OutcomeWindow> windows) {
    }

    /** How much each group depends on working with each other group, as the relationship map says at the moment. */
    public RelationshipMap relationshipMap(ReportRequest request) {
        StudyMoment m = moments.require(Operation.VIEW_NETWORK, request.study(), request.asOf(), request.k());
        return new RelationshipMapQuery(readModel.store(), readModel.positions()).map(m.id(), m.asOf());
    }

    /**
     * A citizen outcome per unit and per fixed period of the given length, and over every unit (unit null), each period a
     * figure the study's disclosure rules decide on with its citizens as contributors: the timeline's periods.
     *
     * @param length quarter, half-year or year
     */
    public OutcomePeriods periods(ReportRequest request, String outcome, String length) {
        StudyMoment m = moments.require(Operation.VIEW_TIMELINE, request.study(), request.asOf(), request.k());
        readModel.outcomes().require(m.id(), outcome);
        PeriodLength period = PeriodLength.parse(length).orElseThrow(() -> new IllegalArgumentException(
                "--period is quarter, half-year or year, was '" + length + "'"));
        return readModel.outcomes().periods(m.id(), outcome, period, m.asOf(), m.gate());
    }

    /**
     * The study's first measured citizen outcome (empty when it measures none) for a unit, or for every unit
     * together, with the interventions of the unit and the units below it.
     *
     * @param unit null: the whole study
     */
    public Optional<OutcomeStory> outcome(ReportRequest request, String unit) {
        StudyMoment m = moments.require(Operation.VIEW_TIMELINE, request.study(), request.asOf(), request.k());
        m.unit(unit);
        OutcomeSeriesQuery outcomes = readModel.outcomes();
        List<String> measured = outcomes.outcomes(m.id(), m.asOf());
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        String outcome = measured.getFirst();
        Map<PeriodLength, OutcomePeriods> lengths = outcomes.periods(m.id(), outcome, List.of(PeriodLength.values()), m.asOf(), m.gate());
        PeriodLength length = OutcomePeriods.shortestShown(lengths, unit);
        Timeline timeline = readModel.timeline().timeline(m.id(), m.asOf());
        Timeline within = unit == null ? timeline : timeline.within(readModel.catalog().unitAndBelow(m.id(), unit, m.asOf()));
        List<OutcomeWindow> windows = within.interventions().stream().filter(i -> i.startedOn() != null)
                .sorted(java.util.Comparator.comparing(Timeline.Intervention::startedOn))
                .flatMap(i -> outcomes.window(m.id(), outcome, i, OutcomeSeriesQuery.WINDOW_MONTHS, m.asOf(), m.gate()).stream())
                .toList();
        return Optional.of(new OutcomeStory(outcome, length, lengths.get(length).of(unit), windows));
    }
}
