package dk.samspil.ui.web.interventions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.samspil.domain.intervention.InterventionType;
import dk.samspil.domain.orgchange.ChangeKind;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.web.chart.Chart;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering, starting, adjusting and ending interventions and recording changes through the view, with refusals on the fields. */
class InterventionsViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    EventLogQuery log;

    @Test
    void lists_the_studys_interventions_and_changes_in_danish() {
        open(InterventionsView.class, Map.of("study", "mini"));

        Timeline.Intervention d04 = intervention("ht-d04");
        assertThat(d04.type()).isEqualTo("handleteam");
        int row = rows().indexOf(d04);
        assertThat(test(interventionGrid()).getCellText(row, 1)).isEqualTo("Handleteam");
        assertThat(test(interventionGrid()).getCellText(row, 3)).isEqualTo("Distrikt 04 (d04)");
        assertThat(test(interventionGrid()).getCellText(row, 5)).isEqualTo("I gang");
        assertThat(test(interventionGrid()).getCellText(row, 6)).isEqualTo("2023-10-02");
        Grid<Timeline.Change> changes = changeGrid();
        assertThat(test(changes).getCellText(0, 1)).isEqualTo("Ny leder");
        assertThat(test(changes).getCellText(0, 4)).isEqualTo("Ny distriktsleder");

        test(find(Button.class).id("language-toggle")).click();
        assertThat(test(interventionGrid()).getCellText(row, 1)).isEqualTo("Action team (handleteam)");
        assertThat(test(interventionGrid()).getCellText(row, 5)).isEqualTo("Running");
        assertThat(test(changeGrid()).getCellText(0, 1)).isEqualTo("Leader changed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chart_draws_each_started_intervention_from_its_start_and_the_changes_as_lines() {
        open(InterventionsView.class, Map.of("study", "mini"));

        Map<String, Object> option = find(Chart.class).id("interventions-chart").option();
        // other tests of this class may have registered more; the sample's three are there
        assertThat((List<Object>) ((Map<?, ?>) option.get("yAxis")).get("data")).contains("ht-d04", "ht-d05", "ht-d06");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
        Map<String, Object> handleteams = series.stream().filter(m -> m.get("name").equals("Handleteam")).findFirst().orElseThrow();
        List<?> data = (List<?>) handleteams.get("data");
        assertThat(data.stream().filter(d -> d instanceof Map<?, ?>).map(d -> ((List<?>) ((Map<?, ?>) d).get("value")).getFirst()))
                .filteredOn(date -> date.equals("2023-10-02")).hasSize(3);
        List<?> changes = (List<?>) ((Map<?, ?>) series.getFirst().get("markLine")).get("data");
        assertThat(changes.stream().map(c -> (Object) ((Map<?, ?>) c).get("xAxis"))).contains("2023-09-01", "2024-03-01");
    }

    @Test
    void registering_with_a_start_date_plans_and_starts_it_and_the_list_shows_it() {
        open(InterventionsView.class, Map.of("study", "mini"));

        find(TextField.class).id("plan-key").setValue("pt-d01");
        select("plan-type").setValue(InterventionType.PROEVEHANDLING);
        find(TextField.class).id("plan-title").setValue("Prøvehandling: fælles morgenmøde");
        multi("plan-units").setValue(Set.of("d01"));
        multi("plan-groups").setValue(Set.of("skole", "ppr"));
        find(DatePicker.class).id("plan-started-on").setValue(LocalDate.of(2024, 2, 1));
        test(find(Button.class).id("plan-form-submit")).click();

        Timeline.Intervention added = intervention("pt-d01");
        assertThat(added.status()).isEqualTo("running");
        assertThat(added.startedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(added.groups()).containsExactly("ppr", "skole");
        int row = rows().indexOf(added);
        assertThat(test(interventionGrid()).getCellText(row, 1)).isEqualTo("Prøvehandling");
        assertThat(test(interventionGrid()).getCellText(row, 2)).isEqualTo("Prøvehandling: fælles morgenmøde");
        // the form is empty again for the next one
        assertThat(find(TextField.class).id("plan-key").getValue()).isEmpty();
    }

    @Test
    void a_key_in_use_is_refused_on_the_key_field_and_nothing_is_stored() {
        open(InterventionsView.class, Map.of("study", "mini"));
        long before = log.count(null);

        find(TextField.class).id("plan-key").setValue("ht-d04");
        select("plan-type").setValue(InterventionType.TEMADAG);
        find(TextField.class).id("plan-title").setValue("Temadag");
        test(find(Button.class).id("plan-form-submit")).click();

        TextField key = find(TextField.class).id("plan-key");
        assertThat(key.isInvalid()).isTrue();
        assertThat(key.getErrorMessage()).isEqualTo("intervention 'ht-d04' already exists");
        assertThat(key.getValue()).isEqualTo("ht-d04");
        assertThat(log.count(null)).isEqualTo(before);
        assertThat(intervention("ht-d04").type()).isEqualTo("handleteam");
    }

    @Test
    void missing_and_malformed_fields_are_named_before_anything_is_sent() {
        open(InterventionsView.class, Map.of("study", "mini"));
        long before = log.count(null);

        find(TextField.class).id("plan-key").setValue("Ny Indsats");
        test(find(Button.class).id("plan-form-submit")).click();

        assertThat(find(TextField.class).id("plan-key").getErrorMessage()).isEqualTo("Kun små bogstaver a-z, tal, - og _");
        assertThat(find(TextField.class).id("plan-title").isInvalid()).isTrue();
        assertThat(find(TextField.class).id("plan-title").getErrorMessage()).isEqualTo("Skal udfyldes");
        assertThat(select("plan-type").isInvalid()).isTrue();
        assertThat(log.count(null)).isEqualTo(before);
    }

    @Test
    void an_end_before_the_start_is_refused_on_the_date_and_a_proper_end_is_listed() {
        open(InterventionsView.class, Map.of("study", "mini"));

        ComboBox<Timeline.Intervention> pick = combo("end-intervention");
        pick.setValue(intervention("ht-d05"));
        find(DatePicker.class).id("end-on").setValue(LocalDate.of(2023, 1, 1));
        test(find(Button.class).id("end-form-submit")).click();

        DatePicker endOn = find(DatePicker.class).id("end-on");
        assertThat(endOn.isInvalid()).isTrue();
        assertThat(endOn.getErrorMessage()).isEqualTo("intervention 'ht-d05' cannot end (2023-01-01) before it starts (2023-10-02)");
        assertThat(intervention("ht-d05").status()).isEqualTo("running");

        endOn.setValue(LocalDate.of(2024, 6, 28));
        test(find(Button.class).id("end-form-submit")).click();

        Timeline.Intervention ended = intervention("ht-d05");
        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(test(interventionGrid()).getCellText(rows().indexOf(ended), 5)).isEqualTo("Afsluttet");
        // an ended intervention is offered neither for ending nor for adjusting
        assertThat(combo("end-intervention").getListDataView().getItems()).doesNotContain(ended);
        assertThat(combo("adjust-intervention").getListDataView().getItems()).doesNotContain(ended);
    }

    @Test
    void adjusting_fills_in_the_current_targets_and_records_the_new_title_and_groups() {
        open(InterventionsView.class, Map.of("study", "mini"));

        combo("adjust-intervention").setValue(intervention("ht-d06"));
        assertThat(find(TextField.class).id("adjust-title").getValue()).isEqualTo("Handleteam d06");
        assertThat(multi("adjust-groups").getValue()).containsExactlyInAnyOrder("skole", "familie", "ppr");

        find(TextField.class).id("adjust-title").setValue("Handleteam d06 med sundhedspleje");
        multi("adjust-groups").setValue(Set.of("skole", "familie", "ppr", "sundhedspleje"));
        find(DatePicker.class).id("adjust-on").setValue(LocalDate.of(2024, 1, 15));
        test(find(Button.class).id("adjust-form-submit")).click();

        Timeline.Intervention adjusted = intervention("ht-d06");
        assertThat(adjusted.title()).isEqualTo("Handleteam d06 med sundhedspleje");
        assertThat(adjusted.groups()).contains("sundhedspleje");
        assertThat(test(interventionGrid()).getCellText(rows().indexOf(adjusted), 4)).contains("Sundhedspleje (sundhedspleje)");
    }

    @Test
    void a_merge_needs_the_other_unit_and_once_recorded_is_listed() {
        open(InterventionsView.class, Map.of("study", "mini"));
        long before = log.count(null);

        select("change-kind").setValue(ChangeKind.UNIT_MERGED);
        combo("change-unit").setValue("d02");
        find(DatePicker.class).id("change-effective-on").setValue(LocalDate.of(2024, 5, 1));
        test(find(Button.class).id("change-form-submit")).click();

        assertThat(combo("change-other-unit").isInvalid()).isTrue();
        assertThat(combo("change-other-unit").getErrorMessage()).isEqualTo("Skal udfyldes");
        assertThat(log.count(null)).isEqualTo(before);

        combo("change-other-unit").setValue("d02");
        test(find(Button.class).id("change-form-submit")).click();
        assertThat(combo("change-other-unit").getErrorMessage()).isEqualTo("unit 'd02' cannot be merged into itself");

        combo("change-other-unit").setValue("d03");
        test(find(Button.class).id("change-form-submit")).click();

        List<Timeline.Change> changes = changeGrid().getListDataView().getItems().toList();
        assertThat(changes).contains(new Timeline.Change("unit_merged", "d02", "d03", LocalDate.of(2024, 5, 1), null));
        int row = changes.indexOf(new Timeline.Change("unit_merged", "d02", "d03", LocalDate.of(2024, 5, 1), null));
        assertThat(test(changeGrid()).getCellText(row, 1)).isEqualTo("Enhed lagt sammen med en anden");
        assertThat(test(changeGrid()).getCellText(row, 3)).isEqualTo("Distrikt 03 (d03)");
        // the form just used stays unfolded for the next entry
        assertThat(find(com.vaadin.flow.component.details.Details.class).id("record-section").isOpened()).isTrue();
        assertThat(find(com.vaadin.flow.component.details.Details.class).id("plan-section").isOpened()).isFalse();
    }

    private Timeline.Intervention intervention(String key) {
        return rows().stream().filter(i -> i.intervention().equals(key)).findFirst().orElseThrow();
    }

    private List<Timeline.Intervention> rows() {
        return interventionGrid().getListDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<Timeline.Intervention> interventionGrid() {
        return find(Grid.class).id("interventions-grid");
    }

    @SuppressWarnings("unchecked")
    private Grid<Timeline.Change> changeGrid() {
        return find(Grid.class).id("changes-grid");
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return find(Select.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return find(ComboBox.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> multi(String id) {
        return find(MultiSelectComboBox.class).id(id);
    }
}
