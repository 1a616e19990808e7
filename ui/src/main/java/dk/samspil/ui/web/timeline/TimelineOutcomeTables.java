package dk.samspil.ui.web.timeline;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dk.samspil.projections.outcomes.OutcomePeriods;
import dk.samspil.projections.outcomes.OutcomeWindow;
import dk.samspil.projections.outcomes.Welch;
import dk.samspil.projections.store.Figure;

import java.util.List;
import java.util.stream.Collectors;

/** The citizen outcome's numbers under the chart: per period, before and after the chosen intervention, the period per unit. */
final class TimelineOutcomeTables {

    /** One row of the before/after table. */
    record Side(String side, Figure figure) {
    }

    private TimelineOutcomeTables() {
    }

    static Div box(TimelinePage shown, TimelineTexts texts) {
        TimelinePage.OutcomeStory story = shown.story();
        H3 heading = new H3(texts.label("timeline.outcome.heading", texts.outcome(shown.outcome()), texts.length(story.length())));
        Grid<OutcomePeriods.Period> periods = new Grid<>();
        periods.setId("timeline-outcome-periods");
        periods.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        periods.addColumn(p -> texts.period(p.from(), story.length())).setKey("period")
                .setHeader(texts.label("timeline.column.period")).setAutoWidth(true);
        periods.addColumn(p -> texts.figure(p.figure())).setKey("mean").setHeader(texts.label("timeline.column.mean"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        periods.addColumn(p -> texts.n(p.figure())).setKey("n").setHeader(texts.label("timeline.column.citizens"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        periods.setItems(story.periods());
        periods.setAllRowsVisible(true);

        Paragraph perUnit = new Paragraph(texts.label("timeline.period.perUnit", story.perUnit().entrySet().stream()
                .map(e -> shown.unitName(e.getKey()) + ": " + texts.length(e.getValue())).collect(Collectors.joining("; "))));
        perUnit.setId("timeline-period-per-unit");
        perUnit.addClassName("timeline-note");
        Div box = new Div(heading, periods, perUnit);
        story.window().ifPresent(w -> box.add(beforeAfter(shown, w, texts)));
        if (!story.targets().relations().isEmpty()) {
            box.add(targets(shown, story.targets(), texts));
        }
        box.addClassName("timeline-box");
        return box;
    }

    /** The 18-month story: the level before against after, with the difference and its 95% CI when both sides are shown. */
    private static Div beforeAfter(TimelinePage shown, OutcomeWindow window, TimelineTexts texts) {
        H3 heading = new H3(texts.label("timeline.story.heading", shown.intervention().orElseThrow().title(),
                Integer.toString(window.months())));
        Grid<Side> sides = new Grid<>();
        sides.setId("timeline-outcome-story");
        sides.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        sides.addColumn(Side::side).setKey("side").setHeader(texts.label("timeline.column.when")).setAutoWidth(true);
        sides.addColumn(s -> texts.figure(s.figure())).setKey("mean").setHeader(texts.label("timeline.column.mean"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        sides.addColumn(s -> texts.n(s.figure())).setKey("n").setHeader(texts.label("timeline.column.citizens"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        String start = window.startedOn().withDayOfMonth(1).toString().substring(0, 7);
        sides.setItems(List.of(new Side(texts.label("timeline.story.before", Integer.toString(window.months()), start), window.before()),
                new Side(texts.label("timeline.story.after", Integer.toString(window.months()), start), window.after())));
        sides.setAllRowsVisible(true);
        Paragraph difference = new Paragraph(difference(window.difference(), texts));
        difference.setId("timeline-outcome-difference");
        Paragraph units = new Paragraph(texts.label("timeline.story.units", window.units().stream().map(shown::unitName)
                .collect(Collectors.joining(", "))));
        units.addClassName("timeline-note");
        return new Div(heading, sides, difference, units);
    }

    /** The targeted relations, a row each, their mean at each wave of the months shown. */
    private static Div targets(TimelinePage shown, TimelinePage.OutcomeStory.Targets targets, TimelineTexts texts) {
        H3 heading = new H3(texts.label("timeline.targets.heading", shown.intervention().orElseThrow().title()));
        Grid<TimelinePage.OutcomeStory.TargetedRelation> grid = new Grid<>();
        grid.setId("timeline-targets");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> shown.groupNames(List.of(r.rater())).getFirst() + " → " + shown.groupNames(List.of(r.target())).getFirst())
                .setKey("relation").setHeader(texts.label("timeline.column.relation")).setWidth("12rem").setFlexGrow(2);
        for (int w = 0; w < targets.waves().size(); w++) {
            int wave = w;
            grid.addColumn(r -> r.cells().get(wave).map(c -> c.suppressed() || c.mean() == null ? texts.label("timeline.suppressed")
                            : texts.mean(c.mean())).orElse(TimelineTexts.NONE))
                    .setKey("wave-" + targets.waves().get(w).wave()).setHeader(targets.waves().get(w).label())
                    .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(1);
        }
        grid.setItems(targets.relations());
        grid.setAllRowsVisible(true);
        Paragraph scope = new Paragraph(texts.label("timeline.targets.scope", targets.instrument().toString(),
                targets.unit() == null ? texts.label("timeline.unit.all") : shown.unitName(targets.unit())));
        scope.addClassName("timeline-note");
        return new Div(heading, grid, scope);
    }

    private static String difference(Welch.Difference d, TimelineTexts texts) {
        if (d == null) {
            return texts.label("timeline.story.noDifference");
        }
        if (d.ciLow() == null) {
            return texts.label("timeline.story.difference", texts.signed(d.difference()));
        }
        return texts.label("timeline.story.differenceCi", texts.signed(d.difference()), texts.mean(d.ciLow()), texts.mean(d.ciHigh()));
    }
}
