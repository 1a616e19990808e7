package dk.samspil.ui.cli;

import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import picocli.CommandLine.Command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "A study's dated facts on one axis: waves, process steps, interventions and organisational changes.")
final class TimelineReport extends Report {

    private record Entry(LocalDate on, String kind, String what) {
    }

    @Override
    Output output(StudyReports reports, ReportRequest request) {
        Timeline timeline = reports.timeline(request);
        return Output.of(timeline, String.format(Locale.ROOT, "Timeline of study %s as of position %d", timeline.study(),
                timeline.asOfPosition()), table(timeline));
    }

    private static Table table(Timeline timeline) {
        List<Entry> entries = new ArrayList<>();
        timeline.waves().forEach(w -> entries.add(new Entry(w.opensOn(), "wave", w.wave() + " " + w.label() + " until " + w.closesOn())));
        timeline.milestones().forEach(m -> entries.add(new Entry(m.reachedOn(), "milestone", m.step() + " " + m.milestone()
                + (m.note() == null ? "" : ": " + m.note()))));
        timeline.interventions().forEach(i -> entries.add(new Entry(i.startedOn(), "intervention", i.type() + " " + i.intervention()
                + " (" + i.status() + (i.endedOn() == null ? "" : ", ended " + i.endedOn()) + ") in " + String.join(";", i.units())
                + " for " + String.join(";", i.groups()))));
        timeline.changes().forEach(ch -> entries.add(new Entry(ch.effectiveOn(), "change", ch.change() + " " + ch.unit()
                + (ch.otherUnit() == null ? "" : " -> " + ch.otherUnit()) + (ch.note() == null ? "" : ": " + ch.note()))));
        entries.sort(Comparator.comparing(Entry::on, Comparator.nullsLast(Comparator.naturalOrder())));
        Table table = new Table("date", "kind", "what");
        entries.forEach(e -> table.row(e.on(), e.kind(), e.what()));
        return table;
    }
}
