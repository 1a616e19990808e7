package dk.samspil.ui.web.timeline;

import dk.samspil.projections.timeline.Timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every dated fact of the timeline as one list, in date order: what the events grid shows. */
final class TimelineEvents {

    /** What happened; {@code on} null for an intervention planned but not started. */
    record Event(LocalDate on, String kind, String what, String id) {
    }

    private TimelineEvents() {
    }

    static List<Event> of(TimelinePage page, TimelineTexts texts) {
        Timeline timeline = page.timeline();
        List<Event> events = new ArrayList<>();
        timeline.waves().forEach(w -> events.add(new Event(w.opensOn(), texts.label("timeline.kind.wave"),
                texts.label("timeline.wave.what", w.label(), w.opensOn().toString(), w.closesOn().toString()), "wave-" + w.wave())));
        timeline.milestones().forEach(m -> events.add(new Event(m.reachedOn(), texts.label("timeline.kind.milestone"),
                texts.milestone(m) + (m.note() == null || m.note().isBlank() ? "" : " – " + m.note()), "milestone-" + m.milestone())));
        for (Timeline.Intervention i : timeline.interventions()) {
            if (i.startedOn() == null) {
                events.add(new Event(null, texts.label("timeline.kind.planned"), texts.intervention(i), i.intervention()));
                continue;
            }
            events.add(new Event(i.startedOn(), texts.label("timeline.kind.started"), texts.intervention(i), i.intervention()));
            if (i.endedOn() != null) {
                events.add(new Event(i.endedOn(), texts.label("timeline.kind.ended"), texts.intervention(i), i.intervention() + "-end"));
            }
        }
        for (int c = 0; c < timeline.changes().size(); c++) {
            Timeline.Change change = timeline.changes().get(c);
            events.add(new Event(change.effectiveOn(), texts.label("timeline.kind.change"), texts.change(change), "change-" + c));
        }
        events.sort(Comparator.comparing(Event::on, Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }
}
