package dk.samspil.ui.web.history;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.projections.history.LoggedEvent;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The history view over the mini study: newest first, filters by kind, study and date, pages lazily, honours ?asof. */
class HistoryViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    Positions positions;
    @Autowired
    EventLogQuery log;

    @Test
    void shows_the_newest_event_first_with_its_kind_in_plain_words() {
        open(HistoryView.class, Map.of());

        Grid<LoggedEvent> grid = grid();
        long head = positions.resolve(AsOf.LATEST);
        assertThat(test(grid).getRow(0).position()).isEqualTo(head);
        assertThat(test(grid).getHeaderCell(3)).isEqualTo("Type");
        assertThat(test(grid).getHeaderCell(5)).isEqualTo("Hvad skete der");
        assertThat(find(Paragraph.class).withId("history-up-to").exists()).isFalse();
    }

    @Test
    void filtering_by_type_shows_only_that_type_named_in_danish() {
        open(HistoryView.class, Map.of());

        typeFilter().setValue("InterventionPlanned");

        List<LoggedEvent> rows = rows();
        assertThat(rows).extracting(LoggedEvent::type).containsOnly("InterventionPlanned");
        assertThat(rows).extracting(LoggedEvent::summary).containsExactlyInAnyOrder(
                "handleteam 'ht-d04' planned: Handleteam d04", "handleteam 'ht-d05' planned: Handleteam d05",
                "handleteam 'ht-d06' planned: Handleteam d06");
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo("Indsats planlagt");
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo("mini");
    }

    /** The chart counts the same events the grid lists, per month they happened, one series per kind. */
    @Test
    void the_chart_counts_the_events_per_month_and_follows_the_filter() {
        open(HistoryView.class, Map.of());

        long dated = log.page(EventLogQuery.Filter.ALL, 0, Integer.MAX_VALUE).stream().filter(e -> e.validOn() != null).count();
        assertThat(charted()).isEqualTo(dated).isPositive();

        typeFilter().setValue("InterventionStarted");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) find(Chart.class).id("history-chart").option().get("series");
        assertThat(series).extracting(m -> m.get("name")).containsExactly(typeName("InterventionStarted"));
        assertThat(charted()).isEqualTo(3);
    }

    private String typeName(String type) {
        return find(HistoryView.class).single().typeName(type);
    }

    private long charted() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) find(Chart.class).id("history-chart").option().get("series");
        return series.stream().flatMap(m -> ((List<?>) m.get("data")).stream()).mapToLong(v -> ((Number) v).longValue()).sum();
    }

    @Test
    void pages_load_past_the_first_page_in_position_order() {
        open(HistoryView.class, Map.of());
        typeFilter().setValue("QuestionnaireSubmitted");

        Grid<LoggedEvent> grid = grid();
        long expected = log.page(new EventLogQuery.Filter("QuestionnaireSubmitted", null, null, null, null), 0, Integer.MAX_VALUE).size();
        assertThat(expected).isGreaterThan(150);
        LoggedEvent first = test(grid).getRow(0);
        LoggedEvent third = test(grid).getRow(120);
        assertThat(third.type()).isEqualTo("QuestionnaireSubmitted");
        assertThat(third.position()).isLessThan(first.position());
        assertThat(rows()).hasSize((int) expected)
                .isSortedAccordingTo((a, b) -> Long.compare(b.position(), a.position()));
    }

    @Test
    void the_date_filter_keeps_what_happened_in_the_range() {
        open(HistoryView.class, Map.of());

        find(DatePicker.class).id("history-from").setValue(LocalDate.of(2023, 10, 2));
        find(DatePicker.class).id("history-to").setValue(LocalDate.of(2023, 10, 2));

        List<LoggedEvent> rows = rows();
        assertThat(rows).isNotEmpty().allSatisfy(e -> assertThat(e.validOn()).isEqualTo(LocalDate.of(2023, 10, 2)));
        assertThat(rows).extracting(LoggedEvent::type).contains("InterventionStarted", "MilestoneReached");
        assertThat(rows).filteredOn(e -> e.type().equals("InterventionStarted")).hasSize(3);

        find(DatePicker.class).id("history-to").setValue(LocalDate.of(2023, 9, 1));
        assertThat(find(DatePicker.class).id("history-to").isInvalid()).isTrue();
    }

    @Test
    void an_as_of_position_hides_later_events_and_the_english_labels_follow_the_switch() {
        open(HistoryView.class, Map.of("asof", "700"));

        assertThat(test(grid()).getRow(0).position()).isEqualTo(700);
        assertThat(rows()).allSatisfy(e -> assertThat(e.position()).isLessThanOrEqualTo(700));
        assertThat(find(Paragraph.class).id("history-up-to").getText()).isEqualTo("Viser hændelser til og med position 700.");

        test(find(Button.class).id("language-toggle")).click();
        assertThat(find(Paragraph.class).id("history-up-to").getText()).isEqualTo("Showing events up to and including position 700.");
        assertThat(test(grid()).getHeaderCell(5)).isEqualTo("What happened");
    }

    @SuppressWarnings("unchecked")
    private Grid<LoggedEvent> grid() {
        return find(Grid.class).id("history-grid");
    }

    @SuppressWarnings("unchecked")
    private Select<String> typeFilter() {
        return find(Select.class).id("history-type");
    }

    private List<LoggedEvent> rows() {
        return grid().getLazyDataView().getItems().toList();
    }
}
