package dk.samspil.ui.web.timeline;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.projections.outcomes.OutcomePeriods;
import dk.samspil.projections.outcomes.OutcomeWindow;
import dk.samspil.projections.outcomes.PeriodLength;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.web.shell.Choices;
import dk.samspil.ui.web.shell.ViewPage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the timeline shows, read at one event-store position.
 *
 * @param unit         the unit whose indices and outcomes are shown; null for the whole study
 * @param instruments  the unit-index instruments shown (rk@1, leadership@1, citizen@1 as the study has them)
 * @param indices      per wave, each instrument's index for the unit or the whole study
 * @param outcome      the citizen outcome shown; null when the study has none
 * @param story        that outcome over periods for the unit or the whole study, and around the chosen intervention
 * @param intervention the intervention the window centres on; empty for the whole study
 * @param window       months on each side of its start
 */
record TimelinePage(StudySummary study, Timeline timeline, String unit, List<InstrumentRef> instruments,
                    List<WaveIndices> indices, List<String> outcomes, String outcome, OutcomeStory story,
                    Optional<Timeline.Intervention> intervention, int window, TimelineRequest request, long position, int k)
        implements ViewPage {

    TimelinePage {
        instruments = List.copyOf(instruments);
        indices = List.copyOf(indices);
        outcomes = List.copyOf(outcomes);
    }

    /** One wave's indices, by instrument. */
    record WaveIndices(Timeline.Wave wave, Map<InstrumentRef, Figure> figures) {

        /** Where the wave's point sits on the time axis: the middle of its window. */
        LocalDate midpoint() {
            return wave.opensOn().plusDays((wave.closesOn().toEpochDay() - wave.opensOn().toEpochDay()) / 2);
        }
    }

    /**
     * The citizen outcome as the timeline tells it.
     *
     * @param length  the period shown: the one asked for, else the shortest whose periods are shown
     * @param chosen  whether the address asked for it
     * @param perUnit per unit key with measurements, in the study's order, the shortest length whose periods are shown
     * @param periods the unit's periods, or every unit's together, at that length
     * @param window  before and after the chosen intervention's start, over the units it reaches; empty without one
     * @param targets the relations between the groups the chosen intervention targets, at each wave of the same months
     */
    record OutcomeStory(PeriodLength length, boolean chosen, Map<String, PeriodLength> perUnit, List<OutcomePeriods.Period> periods,
                        Optional<OutcomeWindow> window, Targets targets) {

        OutcomeStory {
            perUnit = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perUnit));
            periods = List.copyOf(periods);
        }

        /**
     * How the groups an intervention targets rate each other, wave by wave, in the months around its start: the
     * relations it set out to change, beside the outcome it was to move.
     *
     * @param unit  the unit whose raters count (the intervention's, when it has one); null for the whole study
     * @param waves the waves whose windows fall in the months shown
     */
    record Targets(InstrumentRef instrument, String unit, List<Timeline.Wave> waves, List<TargetedRelation> relations) {

        static final Targets NONE = new Targets(null, null, List.of(), List.of());

        Targets {
            waves = List.copyOf(waves);
            relations = List.copyOf(relations);
        }
    }

    /** One relation's cell at each of the waves shown; empty where nobody rated it. */
    record TargetedRelation(String rater, String target, List<Optional<dk.samspil.projections.matrix.MatrixCell>> cells) {
    }

    /** Where a period's point sits on the time axis: its middle. */
        static LocalDate midpoint(OutcomePeriods.Period period, PeriodLength length) {
            LocalDate until = period.from().plusMonths(length.months());
            return period.from().plusDays((until.toEpochDay() - period.from().toEpochDay()) / 2);
        }
    }

    /** The address asked for: the timeline keeps a choice it cannot show (an unknown unit is still the whole study). */
    @Override
    public TimelineRequest shown() {
        return request;
    }

    String unitName(String key) {
        return Choices.name(study.units(), key);
    }

    /** Group names in the order the study defines its groups, as people know them. */
    List<String> groupNames(List<String> keys) {
        return Choices.names(study.groups(), keys);
    }

    /** The interventions that have started, which a window can centre on. */
    List<Timeline.Intervention> started() {
        return timeline.interventions().stream().filter(i -> i.startedOn() != null).toList();
    }
}
