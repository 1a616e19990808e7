package dk.samspil.ui.app.meeting;

import dk.samspil.projections.outcomes.OutcomePeriods;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.outcomes.OutcomeWindow;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.reports.ReportPage;
import dk.samspil.reports.charts.TimelineDrawing;
import dk.samspil.ui.app.reports.StudyStories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The study's months: what was done and what changed, and the citizens' outcome over them and around each intervention. */
final class StoryPages {

    private StoryPages() {
    }

    /**
     * The timeline's lanes over the study's months with the outcome under them, across the page, and on the page after
     * it a table saying what each numbered mark is.
     */
    static List<ReportPage> timeline(Reading r, Timeline timeline, Optional<StudyStories.OutcomeStory> story) {
        List<Timeline.Intervention> started = timeline.interventions().stream().filter(i -> i.startedOn() != null)
                .sorted(Comparator.comparing(Timeline.Intervention::startedOn)).toList();
        List<Timeline.Change> changes = timeline.changes().stream().filter(c -> c.effectiveOn() != null)
                .sorted(Comparator.comparing(Timeline.Change::effectiveOn)).toList();
        List<Timeline.MilestoneStep> milestones = timeline.milestones().stream().filter(m -> m.reachedOn() != null)
                .sorted(Comparator.comparing(Timeline.MilestoneStep::reachedOn)).toList();
        int length = story.map(s -> s.length().months()).orElse(0);
        List<LocalDate> days = Stream.of(timeline.waves().stream().flatMap(w -> Stream.of(w.opensOn(), w.closesOn())),
                started.stream().flatMap(i -> Stream.of(i.startedOn(), i.endedOn())), changes.stream().map(Timeline.Change::effectiveOn),
                milestones.stream().map(Timeline.MilestoneStep::reachedOn),
                story.stream().flatMap(s -> s.periods().stream()).flatMap(p -> Stream.of(p.from(), p.from().plusMonths(length))))
                .flatMap(s -> s).filter(java.util.Objects::nonNull).toList();
        LocalDate from = days.stream().min(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
        LocalDate to = days.stream().max(Comparator.naturalOrder()).orElse(from.plusMonths(18));

        List<List<String>> rows = new ArrayList<>();
        List<TimelineDrawing.Mark> interventionMarks = new ArrayList<>();
        for (Timeline.Intervention i : started) {
            String number = Integer.toString(rows.size() + 1);
            interventionMarks.add(new TimelineDrawing.Mark(number, i.startedOn(), i.endedOn() == null ? to : i.endedOn()));
            rows.add(List.of(number, r.texts().text("timeline.intervention"), i.startedOn() + (i.endedOn() == null ? "" : " – " + i.endedOn()),
                    i.title() + " (" + i.type() + "; " + String.join(", ", i.units().stream().map(r::unitName).toList()) + ")"));
        }
        List<TimelineDrawing.Mark> changeMarks = new ArrayList<>();
        for (Timeline.Change c : changes) {
            String number = Integer.toString(rows.size() + 1);
            changeMarks.add(new TimelineDrawing.Mark(number, c.effectiveOn(), null));
            rows.add(List.of(number, r.texts().text("timeline.change"), c.effectiveOn().toString(), r.unitName(c.unit())
                    + (c.otherUnit() == null ? "" : " → " + r.unitName(c.otherUnit())) + (c.note() == null ? "" : ": " + c.note())));
        }
        List<TimelineDrawing.Mark> milestoneMarks = new ArrayList<>();
        for (Timeline.MilestoneStep m : milestones) {
            String number = Integer.toString(rows.size() + 1);
            milestoneMarks.add(new TimelineDrawing.Mark(number, m.reachedOn(), null));
            rows.add(List.of(number, r.texts().text("timeline.milestone"), m.reachedOn().toString(),
                    m.milestone() + " " + m.step() + (m.note() == null ? "" : ": " + m.note())));
        }
        List<TimelineDrawing.Lane> lanes = List.of(
                new TimelineDrawing.Lane(r.texts().text("timeline.waves"), timeline.waves().stream()
                        .map(w -> new TimelineDrawing.Mark(w.label(), w.opensOn(), w.closesOn())).toList(), false),
                new TimelineDrawing.Lane(r.texts().text("timeline.interventions"), interventionMarks, true),
                new TimelineDrawing.Lane(r.texts().text("timeline.changes"), changeMarks, false),
                new TimelineDrawing.Lane(r.texts().text("timeline.milestones"), milestoneMarks, false));
        TimelineDrawing.Outcome outcome = story.map(s -> new TimelineDrawing.Outcome(
                r.texts().text("timeline.outcome", outcomeName(r, s.outcome()), r.texts().text("period." + s.length().key())),
                s.periods().stream().map(p -> bar(r, p, length)).toList())).orElse(null);
        List<String> notes = new ArrayList<>();
        notes.add(story.isPresent() ? r.texts().text("timeline.reading", Integer.toString(r.k())) : r.texts().text("timeline.noOutcome"));
        ReportPage chart = new ReportPage(r.texts().text("timeline.heading"), Optional.of(new TimelineDrawing(from, to, lanes, outcome,
                r.texts())), Optional.empty(), notes);
        if (rows.isEmpty()) {
            return List.of(chart);
        }
        ReportPage.Table table = new ReportPage.Table(List.of("#", r.texts().text("timeline.what"), r.texts().text("timeline.when"),
                r.texts().text("timeline.detail")), rows, List.of(0.05, 0.17, 0.2, 0.58));
        return List.of(chart, new ReportPage(r.texts().text("timeline.marks"), Optional.empty(), Optional.of(table), List.of()));
    }

    static String outcomeName(Reading r, String outcome) {
        return r.texts().textOr("outcome." + outcome, outcome);
    }

    private static TimelineDrawing.Bar bar(Reading r, OutcomePeriods.Period p, int months) {
        Figure f = p.figure();
        String label = f.mean() != null ? r.texts().mean(f.mean()) : f.n() < r.k() ? r.belowK() : r.texts().text("cell.withheld");
        return new TimelineDrawing.Bar(p.from(), p.from().plusMonths(months), f.mean(), label);
    }

    /** Each intervention's 18 months before its start against its start and the months after, with the difference's CI. */
    static ReportPage outcomeStory(Reading r, Timeline timeline, StudyStories.OutcomeStory story) {
        List<List<String>> rows = new ArrayList<>();
        for (OutcomeWindow w : story.windows()) {
            var d = w.difference();
            String title = timeline.interventions().stream().filter(i -> i.intervention().equals(w.intervention()))
                    .map(Timeline.Intervention::title).findFirst().orElse(w.intervention());
            rows.add(List.of(title, w.startedOn().toString(), figure(r, w.before()), figure(r, w.after()),
                    d == null || d.difference() == null ? "–" : r.texts().signed(d.difference(), 2),
                    d == null || d.ciLow() == null ? "–" : "[" + r.texts().mean(d.ciLow()) + "; " + r.texts().mean(d.ciHigh()) + "]"));
        }
        String heading = r.texts().text("story.heading", outcomeName(r, story.outcome()), Integer.toString(OutcomeSeriesQuery.WINDOW_MONTHS));
        List<String> notes = List.of(rows.isEmpty() ? r.texts().text("story.none")
                : r.texts().text("story.reading", Integer.toString(OutcomeSeriesQuery.WINDOW_MONTHS), Integer.toString(r.k())));
        List<String> headers = List.of(r.texts().text("story.intervention"), r.texts().text("story.start"), r.texts().text("story.before"),
                r.texts().text("story.after"), r.texts().text("story.difference"), r.texts().text("story.ci"));
        return new ReportPage(heading, Optional.empty(), rows.isEmpty() ? Optional.empty()
                : Optional.of(new ReportPage.Table(headers, rows, List.of(0.22, 0.13, 0.17, 0.17, 0.13, 0.18))), notes);
    }

    private static String figure(Reading r, Figure f) {
        return f.mean() != null ? r.texts().mean(f.mean()) + " (" + f.n() + ")" : f.n() < r.k() ? r.belowK() : r.texts().text("cell.withheld");
    }
}
