package dk.samspil.ui.cli;

import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.timeline.TimelineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "A study's dated facts on one axis: waves, process steps, interventions and organisational changes.")
final class TimelineReport implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    ReportOptions options;

    @Override
    public Integer call() {
        return Report.run(data, options, c -> {
            Timeline timeline = c.bean(TimelineQuery.class).timeline(c.study().study(), c.asOf());
            return new Report.Output() {
                @Override
                public Object json() {
                    return timeline;
                }

                @Override
                public Table table() {
                    record Entry(java.time.LocalDate on, String kind, String what) {
                    }
                    java.util.List<Entry> entries = new java.util.ArrayList<>();
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

                @Override
                public String heading() {
                    return String.format(Locale.ROOT, "Timeline of study %s as of position %d", timeline.study(), timeline.asOfPosition());
                }
            };
        });
    }
}
