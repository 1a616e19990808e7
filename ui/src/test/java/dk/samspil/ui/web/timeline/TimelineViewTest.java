package dk.samspil.ui.web.timeline;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.outcomes.PeriodLength;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.Scope;
import dk.samspil.projections.units.UnitIndexQuery;
import dk.samspil.projections.units.UnitIndices;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimelineViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    UnitIndexQuery units;
    @Autowired
    TimelineQuery timelines;
    @Autowired
    OutcomeSeriesQuery outcomes;
    @Autowired
    RelationMatrixQuery matrices;

    @Test
    void the_chart_shades_the_four_waves_and_marks_every_step_intervention_and_change() {
        open(TimelineView.class, Map.of());

        assertThat(markData("waves", "markArea")).extracting(area -> {
            List<Map<String, Object>> ends = cast(area);
            return ends.get(0).get("name") + " " + ends.get(0).get("xAxis") + " " + ends.get(1).get("xAxis");
        }).containsExactly("W0 2023-01-09 2023-01-31", "W1 2023-07-03 2023-07-28", "W2 2024-01-08 2024-01-31",
                "W3 2024-07-01 2024-07-26");
        assertThat(markData("milestones", "markLine")).extracting(line -> at(line, "xAxis"))
                .containsExactly("2022-11-15", "2022-11-29", "2022-12-13", "2023-01-31", "2023-03-01", "2023-10-02");
        List<Map<String, Object>> interventions = data("interventions-handleteam");
        assertThat(interventions).extracting(i -> at(i, "id")).containsExactly("ht-d04", "ht-d05", "ht-d06");
        assertThat(interventions).extracting(i -> element(at(i, "value"), 0)).containsOnly("2023-10-02");
        // the three same-day markers are stacked, each labelled with its title
        assertThat(interventions).extracting(i -> element(at(i, "value"), 1)).doesNotHaveDuplicates();
        assertThat(interventions).extracting(i -> at(at(i, "label"), "formatter"))
                .containsExactly("Handleteam d04", "Handleteam d05", "Handleteam d06");
        assertThat(series("interventions-handleteam").get("name")).isEqualTo("Handleteam");
        assertThat(data("changes")).extracting(c -> element(at(c, "value"), 0)).containsExactly("2023-09-01", "2024-03-01");
        // the whole study: from the month before the first step to the month after the last fact
        assertThat(xAxis().get("min")).isEqualTo("2022-10-01");
        assertThat(find(Paragraph.class).id("timeline-window-shown").getText()).isEqualTo("Viser hele studiet.");
    }

    @Test
    void the_events_grid_lists_the_dated_facts_in_order() {
        open(TimelineView.class, Map.of());

        Grid<?> events = find(Grid.class).id("timeline-events");
        assertThat(test(events).size()).isEqualTo(4 + 6 + 3 + 2);
        assertThat(test(events).getCellText(0, 0)).isEqualTo("2022-11-15");
        assertThat(test(events).getCellText(0, 2)).isEqualTo("Trin 1: Den fælles opgave afklaret – Fælles opgave: tidlig indsats for udsatte børn");
        int row = rowWith(events, "Handleteam: Handleteam d04 (Distrikt 04; Skoler, Familieafdelingen, PPR)");
        assertThat(test(events).getCellText(row, 0)).isEqualTo("2023-10-02");
        assertThat(test(events).getCellText(row, 1)).isEqualTo("Indsats starter");
        int leader = rowWith(events, "Ny leder: Distrikt 01 – Ny distriktsleder");
        assertThat(test(events).getCellText(leader, 0)).isEqualTo("2023-09-01");
        assertThat(test(events).getCellText(leader, 1)).isEqualTo("Organisatorisk ændring");
    }

    @Test
    void one_units_indices_and_outcome_are_the_read_models_figures() {
        open(TimelineView.class, Map.of("unit", "d04"));

        Grid<?> grid = find(Grid.class).id("timeline-indices");
        assertThat(test(grid).size()).isEqualTo(4);
        List<String> instruments = List.of("rk@1", "leadership@1", "citizen@1");
        for (int i = 0; i < instruments.size(); i++) {
            InstrumentRef ref = InstrumentRef.parse(instruments.get(i));
            List<Map<String, Object>> line = data("index-" + ref);
            for (int wave = 0; wave < 4; wave++) {
                UnitIndices.UnitIndex expected = units.indices(MiniStudy.STUDY, WaveKey.of("w" + wave), ref, Scope.ALL, AsOf.LATEST, FigureGate.open(5))
                        .unit("d04").orElseThrow();
                assertThat(expected.suppressed()).isFalse();
                assertThat(test(grid).getCellText(wave, 1 + 2 * i)).as("%s at w%d", ref, wave)
                        .isEqualTo(String.format(DANISH, "%.2f", expected.mean()));
                assertThat(test(grid).getCellText(wave, 2 + 2 * i)).isEqualTo(Integer.toString(expected.n()));
                assertThat(((List<?>) line.get(wave).get("value")).get(1)).isEqualTo(expected.mean());
            }
        }
    }

    @Test
    void the_outcome_is_drawn_per_quarter_the_shortest_period_every_unit_shows_and_equals_the_bundle() throws IOException {
        open(TimelineView.class, Map.of("unit", "d04"));

        // twelve citizens per unit in each wave's quarter: the quarter is shown everywhere, so every unit's period is the quarter
        assertThat(find(Paragraph.class).id("timeline-period-per-unit").getText())
                .isEqualTo("Korteste periode, hvor enhedens perioder kan vises: " + IntStream.rangeClosed(1, 6)
                        .mapToObj(u -> "Distrikt 0" + u + ": kvartal").collect(Collectors.joining("; ")));
        Map<String, double[]> expected = quarters("d04");
        List<Map<String, Object>> drawn = data("outcome");
        assertThat(drawn).extracting(d -> at(d, "name")).containsExactly("2023, 1. kvartal", "2023, 3. kvartal", "2024, 1. kvartal",
                "2024, 3. kvartal");
        Grid<?> table = find(Grid.class).id("timeline-outcome-periods");
        List<String> keys = List.copyOf(expected.keySet());
        for (int q = 0; q < keys.size(); q++) {
            double[] sumAndCount = expected.get(keys.get(q));
            assertThat((Double) element(at(drawn.get(q), "value"), 1)).isCloseTo(sumAndCount[0] / sumAndCount[1], within(1e-9));
            assertThat(test(table).getCellText(q, 1)).isEqualTo(String.format(DANISH, "%.2f", sumAndCount[0] / sumAndCount[1]));
            assertThat(test(table).getCellText(q, 2)).isEqualTo(Integer.toString((int) sumAndCount[2]));
        }
        assertThat(find(H3.class).all()).extracting(H3::getText)
                .contains("Borgerudfald: Alder ved start af familieaflastning (år), pr. kvartal");
        assertThat(cast(((Map<String, Object>) cast(((List<?>) option().get("title")).getFirst())).get("text")).toString())
                .isEqualTo("Borgerudfald: Alder ved start af familieaflastning (år) pr. kvartal · Distrikt 04 · korteste periode med mindst 5 borgere");
    }

    @Test
    void a_unit_whose_quarters_hold_fewer_than_k_citizens_draws_none_of_them() {
        long partial = positionWithFewCitizensIn("d06");
        open(TimelineView.class, Map.of("unit", "d06", "asof", Long.toString(partial), "period", "quarter"));

        List<Map<String, Object>> drawn = data("outcome");
        assertThat(drawn).isNotEmpty();
        Grid<?> table = find(Grid.class).id("timeline-outcome-periods");
        for (int q = 0; q < drawn.size(); q++) {
            String n = test(table).getCellText(q, 2);
            if (n.equals("n < 5")) {
                assertThat(element(at(drawn.get(q), "value"), 1)).isEqualTo(TimelineChart.GAP);
                assertThat(test(table).getCellText(q, 1)).isEqualTo("Undertrykt");
            } else {
                assertThat(Integer.parseInt(n)).isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(drawn).extracting(d -> element(at(d, "value"), 1)).contains(TimelineChart.GAP);
    }

    @Test
    void choosing_an_intervention_shows_the_outcome_before_and_after_its_start_with_a_ci() throws IOException {
        open(TimelineView.class, Map.of("intervention", "ht-d05"));

        // 18 months each side of October 2023 over d05 (no units below it), from the bundle: citizen-month values
        List<double[]> before = new ArrayList<>();
        List<double[]> after = new ArrayList<>();
        for (Map.Entry<String, double[]> e : citizenMonths("d05").entrySet()) {
            String month = e.getKey().substring(0, 7);
            (month.compareTo("2023-10") < 0 ? before : after).add(e.getValue());
        }
        Grid<?> story = find(Grid.class).id("timeline-outcome-story");
        assertThat(test(story).getCellText(0, 0)).isEqualTo("De 18 måneder før 2023-10");
        assertThat(test(story).getCellText(0, 1)).isEqualTo(String.format(DANISH, "%.2f", mean(before)));
        assertThat(test(story).getCellText(1, 1)).isEqualTo(String.format(DANISH, "%.2f", mean(after)));
        assertThat(find(Paragraph.class).id("timeline-outcome-difference").getText())
                .startsWith("Forskel (efter − før): " + String.format(DANISH, "%+.2f", mean(after) - mean(before)) + " (95 %-konfidensinterval ");
        // the relations the handleteam targets, among d05's raters, at each wave of the same months
        Grid<?> targets = find(Grid.class).id("timeline-targets");
        assertThat(test(targets).size()).isEqualTo(6);
        assertThat(test(targets).getCellText(0, 0)).isEqualTo("Skoler → Familieafdelingen");
        for (int wave = 0; wave < 4; wave++) {
            MatrixCell cell = matrices.matrix(MiniStudy.STUDY, WaveKey.of("w" + wave), InstrumentRef.parse("rk@1"), "d05", AsOf.LATEST,
                    FigureGate.open(5)).cell(GroupKey.of("skole"), GroupKey.of("familie")).orElseThrow();
            assertThat(test(targets).getCellText(0, 1 + wave)).as("w%d", wave)
                    .isEqualTo(cell.suppressed() ? "Undertrykt" : String.format(DANISH, "%.2f", cell.mean()));
        }
        List<Map<String, Object>> segments = data("outcome-before-after");
        assertThat((Double) element(at(segments.get(0), "value"), 1)).isCloseTo(mean(before), within(1e-9));
        assertThat((Double) element(at(segments.get(4), "value"), 1)).isCloseTo(mean(after), within(1e-9));
    }

    /** Per quarter of the unit (in order): the sum of its citizen-month values, their number, and how many citizens. */
    private static Map<String, double[]> quarters(String unit) throws IOException {
        Map<String, double[]> quarters = new TreeMap<>();
        Map<String, java.util.Set<String>> citizens = new TreeMap<>();
        citizenMonths(unit).forEach((key, value) -> {
            String[] parts = key.split(" ");
            int month = Integer.parseInt(parts[0].substring(5, 7));
            String quarter = parts[0].substring(0, 4) + "Q" + ((month - 1) / 3 + 1);
            double[] q = quarters.computeIfAbsent(quarter, x -> new double[3]);
            q[0] += value[0] / value[1];
            q[1]++;
            citizens.computeIfAbsent(quarter, x -> new java.util.HashSet<>()).add(parts[1]);
        });
        quarters.forEach((quarter, q) -> q[2] = citizens.get(quarter).size());
        return quarters;
    }

    /** "yyyy-mm citizen" to the sum and count of the citizen's values that month, from the bundle's outcomes.csv. */
    private static Map<String, double[]> citizenMonths(String unit) throws IOException {
        Map<String, double[]> months = new TreeMap<>();
        List<String> lines = java.nio.file.Files.readAllLines(MiniStudy.bundle().resolve("outcomes.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.strip().split(",");
            if (f[0].equals(unit)) {
                double[] m = months.computeIfAbsent(f[2].substring(0, 7) + " " + f[1], x -> new double[2]);
                m[0] += Double.parseDouble(f[4]);
                m[1]++;
            }
        }
        return months;
    }

    private static double mean(List<double[]> citizenMonths) {
        return citizenMonths.stream().mapToDouble(m -> m[0] / m[1]).average().orElseThrow();
    }

    /** A position while the outcomes are being recorded at which one of the unit's quarters has 1 to 4 citizens. */
    private long positionWithFewCitizensIn(String unit) {
        String outcome = outcomes.outcomes(MiniStudy.STUDY).getFirst();
        for (long p = 1; p < 5000; p++) {
            boolean few = outcomes.periods(MiniStudy.STUDY, outcome, PeriodLength.QUARTER, new AsOf.Position(p), FigureGate.open(5))
                    .of(unit).stream().anyMatch(q -> q.figure().n() > 0 && q.figure().n() < 5);
            if (few) {
                return p;
            }
        }
        throw new AssertionError("no position with a quarter of 1 to 4 citizens in " + unit);
    }

    @Test
    void choosing_an_intervention_centres_the_axis_on_its_start() {
        open(TimelineView.class, Map.of());

        test(interventionPicker()).selectItem("Handleteam d05 (Handleteam, startet 2023-10-02)");
        assertThat(xAxis().get("min")).isEqualTo("2022-04-02");
        assertThat(xAxis().get("max")).isEqualTo("2025-04-02");

        @SuppressWarnings("unchecked")
        Select<Integer> window = find(Select.class).id("timeline-window");
        test(window).selectItem("± 9 måneder");
        assertThat(xAxis().get("min")).isEqualTo("2023-01-02");
        assertThat(xAxis().get("max")).isEqualTo("2024-07-02");
        assertThat(find(Paragraph.class).id("timeline-window-shown").getText())
                .isEqualTo("Viser ± 9 måneder omkring starten af Handleteam d05 (2023-10-02).");
    }

    @Test
    void the_address_chooses_unit_intervention_and_window() {
        open(TimelineView.class, Map.of("unit", "d06", "intervention", "ht-d06", "window", "9"));

        assertThat(xAxis().get("min")).isEqualTo("2023-01-02");
        assertThat(interventionPicker().getValue().intervention()).isEqualTo("ht-d06");
        @SuppressWarnings("unchecked")
        Select<String> unit = find(Select.class).id("timeline-unit");
        assertThat(unit.getValue()).isEqualTo("d06");
    }

    @Test
    void as_of_an_early_position_shows_only_what_was_recorded_by_then() {
        long early = firstPositionWithFewerInterventions();
        open(TimelineView.class, Map.of("asof", Long.toString(early)));

        Timeline then = timelines.timeline(MiniStudy.STUDY, new AsOf.Position(early));
        assertThat(then.interventions()).hasSizeLessThan(3);
        assertThat(test(find(Grid.class).id("timeline-events")).size()).isEqualTo(then.waves().size() + then.milestones().size()
                + then.interventions().size() + then.changes().size());
        assertThat(series("interventions-handleteam") == null ? List.<Object>of() : List.<Object>copyOf(data("interventions-handleteam")))
                .extracting(i -> at(i, "id"))
                .containsExactlyElementsOf(then.interventions().stream().filter(i -> i.startedOn() != null)
                        .map(Timeline.Intervention::intervention).toList());
        assertThat(find(Paragraph.class).withClassName("timeline-as-of").single().getText())
                .startsWith("Beregnet pr. position " + early + " ");

        open(TimelineView.class, Map.of("asof", "100"));
        Timeline at100 = timelines.timeline(MiniStudy.STUDY, new AsOf.Position(100));
        assertThat(markData("waves", "markArea")).hasSize(at100.waves().size());
        assertThat(data("interventions-handleteam")).extracting(i -> at(i, "id"))
                .containsExactlyElementsOf(at100.interventions().stream().map(Timeline.Intervention::intervention).toList());
    }

    @Test
    void labels_switch_to_english() {
        open(TimelineView.class, Map.of());
        test(find(Button.class).id("language-toggle")).click();

        assertThat(series("interventions-handleteam").get("name")).isEqualTo("Action team (handleteam)");
        assertThat(series("index-rk@1").get("name")).isEqualTo("Relational capacity (RK)");
        Grid<?> events = find(Grid.class).id("timeline-events");
        int row = rowWith(events, "Action team (handleteam): Handleteam d04 (Distrikt 04; Skoler, Familieafdelingen, PPR)");
        assertThat(test(events).getCellText(row, 1)).isEqualTo("Intervention starts");
        assertThat(test(find(Grid.class).id("timeline-indices")).getHeaderCell(1)).isEqualTo("Relational capacity (RK)");
        assertThat(test(find(Grid.class).id("timeline-indices")).getCellText(0, 1)).contains(".");
        assertThat(find(Paragraph.class).id("timeline-window-shown").getText()).isEqualTo("Showing the whole study.");
    }

    /** The first position at which the study's waves are known but not yet all three handleteams. */
    private long firstPositionWithFewerInterventions() {
        for (long p = 0; p < 200; p++) {
            Timeline t = timelines.timeline(MiniStudy.STUDY, new AsOf.Position(p));
            if (!t.waves().isEmpty() && t.interventions().size() < 3) {
                return p;
            }
        }
        throw new AssertionError("no early position knows the waves before the interventions");
    }

    @SuppressWarnings("unchecked")
    private Select<Timeline.Intervention> interventionPicker() {
        return find(Select.class).id("timeline-intervention");
    }

    private int rowWith(Grid<?> grid, String what) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 2).equals(what)) {
                return row;
            }
        }
        throw new AssertionError("no event " + what);
    }

    private Map<String, Object> option() {
        return find(Chart.class).id("timeline-chart").option();
    }

    /** The indices' time axis; the lanes' and the outcome's share its span. */
    private Map<String, Object> xAxis() {
        List<Map<String, Object>> axes = cast(option().get("xAxis"));
        assertThat(axes).extracting(a -> a.get("min") + " " + a.get("max")).containsOnly(axes.getFirst().get("min") + " " + axes.getFirst().get("max"));
        return axes.getFirst();
    }

    private Map<String, Object> series(String id) {
        List<Map<String, Object>> series = cast(option().get("series"));
        return series.stream().filter(s -> id.equals(s.get("id"))).findFirst().orElse(null);
    }

    private List<Map<String, Object>> data(String id) {
        return cast(series(id).get("data"));
    }

    private List<Object> markData(String id, String mark) {
        Map<String, Object> marks = cast(series(id).get(mark));
        return cast(marks.get("data"));
    }

    private static Object at(Object map, String key) {
        return ((Map<?, ?>) map).get(key);
    }

    private static Object element(Object list, int index) {
        return ((List<?>) list).get(index);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
