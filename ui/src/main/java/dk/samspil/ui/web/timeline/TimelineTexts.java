package dk.samspil.ui.web.timeline;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.projections.outcomes.PeriodLength;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.web.i18n.Labels;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/** Labels and numbers as the timeline writes them, in the language shown. */
record TimelineTexts(Labels labels, Locale locale, TimelinePage page) {

    /** Shown where there is no figure. */
    static final String NONE = "–";

    String label(String key, Object... parameters) {
        return labels.get(key, parameters);
    }

    /** A label for a key that data may bring beyond the translated ones (a new outcome): the key itself then. */
    String labelOr(String key, String fallback) {
        String label = labels.get(key);
        return label.startsWith("!") ? fallback : label;
    }

    String instrument(InstrumentRef ref) {
        return labelOr("timeline.index." + ref, ref.toString());
    }

    String type(String type) {
        return labelOr("timeline.type." + type, type);
    }

    String milestone(Timeline.MilestoneStep step) {
        return label("timeline.milestone.step", Integer.toString(step.step()), labelOr("timeline.milestone." + step.milestone(), step.milestone()));
    }

    String change(Timeline.Change change) {
        String kind = labelOr("timeline.change." + change.change(), change.change());
        String unit = page.unitName(change.unit()) + (change.otherUnit() == null ? "" : " → " + page.unitName(change.otherUnit()));
        return kind + ": " + unit + (change.note() == null || change.note().isBlank() ? "" : " – " + change.note());
    }

    String intervention(Timeline.Intervention intervention) {
        return type(intervention.type()) + ": " + intervention.title() + " ("
                + intervention.units().stream().map(page::unitName).collect(Collectors.joining(", "))
                + (intervention.groups().isEmpty() ? "" : "; " + String.join(", ", page.groupNames(intervention.groups()))) + ")";
    }

    String outcome(String key) {
        return labelOr("timeline.outcome." + key, key);
    }

    /** A period as people name it: "2024, 1. kvartal", "2024, 2. halvår", "2024". */
    String period(LocalDate from, PeriodLength length) {
        return label("timeline.period." + length.key() + ".of", Integer.toString(from.getYear()), Integer.toString(length.ordinal(from)));
    }

    String length(PeriodLength length) {
        return label("timeline.period." + length.key());
    }

    /** The outcome panel's heading: which outcome, over which periods, and why those. */
    String outcomeTitle() {
        TimelinePage.OutcomeStory story = page.story();
        String scope = page.unit() == null ? label("timeline.unit.all") : page.unitName(page.unit());
        return label(story.chosen() ? "timeline.outcome.title.chosen" : "timeline.outcome.title.shortest", outcome(page.outcome()),
                length(story.length()), scope, Integer.toString(page.k()));
    }

    String mean(Double mean) {
        return String.format(locale, "%.2f", mean);
    }

    /** A difference with its sign, so a fall reads as one. */
    String signed(double value) {
        return String.format(locale, "%+.2f", value);
    }

    String figure(Figure figure) {
        if (figure.n() == 0) {
            return NONE;
        }
        return figure.suppressed() || figure.mean() == null ? label("timeline.suppressed") : mean(figure.mean());
    }

    /** A suppressed figure hides its n as well. */
    String n(Figure figure) {
        return figure.suppressed() ? label("timeline.suppressed.n", Integer.toString(page.k())) : Integer.toString(figure.n());
    }
}
