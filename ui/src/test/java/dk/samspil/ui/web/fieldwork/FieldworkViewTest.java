package dk.samspil.ui.web.fieldwork;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import dk.samspil.domain.instrument.Instrument.RespondentKind;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.ui.app.fieldwork.DistributionPlans;
import dk.samspil.ui.app.fieldwork.FieldworkProgress;
import dk.samspil.ui.app.fieldwork.MessageTemplates;
import dk.samspil.ui.app.fieldwork.WaveTemplates;
import dk.samspil.domain.fieldwork.FieldworkSent;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dk.samspil.ui.app.questionnaire.Invitation;
import dk.samspil.ui.app.questionnaire.InvitationStore;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fieldwork page: a wave's response per unit and group from its links, and its relation cells' raters against k. */
class FieldworkViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    InvitationStore links;
    @Autowired
    DistributionPlans plans;
    @Autowired
    WaveTemplates templates;

    @Test
    @SuppressWarnings("unchecked")
    void shows_the_links_answered_per_unit_and_group_and_each_relation_cells_raters_against_k() {
        WaveKey w1 = WaveKey.of("w1");
        List<Invitation> invited = List.of(
                link("a", "skole"), link("b", "skole"), link("c", "ppr"), new Invitation(hash("d"), MiniStudy.STUDY, w1, UnitKey.of("d01"),
                        RespondentId.of("fw-d"), null, RespondentKind.CITIZEN));
        links.add(invited, Instant.parse("2023-07-03T08:00:00Z"));
        links.markUsed(hash("a"), Instant.parse("2023-07-04T08:00:00Z"));

        open(FieldworkView.class, Map.of("study", "mini", "wave", "w1"));

        assertThat(UI.getCurrent().getPollInterval()).as("the page asks again while open").isEqualTo(FieldworkView.REFRESH_MILLIS);
        assertThat(find(Paragraph.class).id("fieldwork-summary").getText())
                .startsWith("1 af 4 links besvaret (25 %); ").endsWith("har mindst k = 5 besvarelser.");
        Grid<FieldworkProgress.Rate> units = find(Grid.class).id("fieldwork-units");
        assertThat(test(units).size()).isEqualTo(1);
        assertThat(List.of(test(units).getCellText(0, 0), test(units).getCellText(0, 1), test(units).getCellText(0, 2), test(units).getCellText(0, 3),
                test(units).getCellText(0, 4))).containsExactly("d01", "4", "1", "25", "0");
        Grid<FieldworkProgress.Rate> groups = find(Grid.class).id("fieldwork-groups");
        assertThat(groups.getGenericDataView().getItems().map(r -> r.key() + " " + r.answered() + "/" + r.invited()))
                .containsExactly("borgere 0/1", "ppr 0/1", "skole 1/2");
        Grid<FieldworkProgress.Cell> cells = find(Grid.class).id("fieldwork-cells");
        List<FieldworkProgress.Cell> shown = cells.getGenericDataView().getItems().toList();
        assertThat(shown).as("every cell of the mini study's relationship map").isNotEmpty();
        assertThat(shown).as("the mini study's w1 has raters").anyMatch(c -> c.raters() > 0);
        for (int row = 0; row < shown.size(); row++) {
            FieldworkProgress.Cell cell = shown.get(row);
            assertThat(test(cells).getCellText(row, 3)).isEqualTo(cell.reachedK() ? "k nået" : "mangler " + (5 - cell.raters()));
        }
    }

    @Test
    void the_plan_form_saves_a_plan_and_names_what_is_wrong_with_one() {
        open(FieldworkView.class, Map.of("study", "mini", "wave", "w1"));
        assertThat(find(Paragraph.class).id("fieldwork-plan-outcome").getText()).isEqualTo("Bølgen har ingen plan endnu.");

        test(find(DatePicker.class).id("fieldwork-plan-invite-on")).setValue(LocalDate.of(2023, 7, 5));
        test(find(TextField.class).id("fieldwork-plan-remind-on")).setValue("2023-07-01");
        test(find(TextField.class).id("fieldwork-plan-from")).setValue("undersoegelse@kommune.example.dk");
        test(find(TextField.class).id("fieldwork-plan-base-url")).setValue("https://survey.example.dk");
        test(find(Button.class).id("fieldwork-plan-save")).click();
        assertThat(find(Paragraph.class).id("fieldwork-plan-outcome").getText()).isEqualTo("remind-on: 2023-07-01 is not after the invitations (2023-07-05)");
        assertThat(plans.of(MiniStudy.STUDY, WaveKey.of("w1"))).isEmpty();

        test(find(TextField.class).id("fieldwork-plan-remind-on")).setValue("2023-07-19, 2023-07-12");
        test(find(Button.class).id("fieldwork-plan-save")).click();
        assertThat(find(Paragraph.class).id("fieldwork-plan-outcome").getText()).isEqualTo("Planen er gemt.");
        assertThat(plans.of(MiniStudy.STUDY, WaveKey.of("w1"))).hasValueSatisfying(plan -> {
            assertThat(plan.inviteOn()).isEqualTo(LocalDate.of(2023, 7, 5));
            assertThat(plan.remindOn()).containsExactly(LocalDate.of(2023, 7, 12), LocalDate.of(2023, 7, 19));
            assertThat(plan.sender()).isEqualTo("undersoegelse@kommune.example.dk");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_text_form_starts_from_the_built_in_text_refuses_one_without_a_link_and_saves_the_waves_own() {
        open(FieldworkView.class, Map.of("study", "mini", "wave", "w1"));
        TextField subject = find(TextField.class).id("fieldwork-template-subject");
        TextArea body = find(TextArea.class).id("fieldwork-template-body");
        Paragraph outcome = find(Paragraph.class).id("fieldwork-template-outcome");
        assertThat(outcome.getText()).isEqualTo("Den indbyggede tekst går ud.");
        assertThat(subject.getValue()).isEqualTo("Spørgeskema: {study}");
        assertThat(body.getValue()).contains("{link}").contains("{closes}");

        test((Select<FieldworkSent.Kind>) find(Select.class).id("fieldwork-template-kind")).selectItem("Påmindelse");
        test((Select<MessageTemplates.Language>) find(Select.class).id("fieldwork-template-language")).selectItem("Svensk");
        assertThat(subject.getValue()).as("the Swedish reminder").isEqualTo("Påminnelse: {study}");
        test(subject).setValue("Glöm inte {study}");
        test(body).setValue("Hej!\nSvara senast {slutdag}.\n");
        test(find(Button.class).id("fieldwork-template-save")).click();
        assertThat(outcome.getText()).contains("body: has no {link}").contains("body line 2: unknown placeholder {slutdag}");
        assertThat(templates.of(MiniStudy.STUDY, WaveKey.of("w1"))).isEmpty();

        test(body).setValue("Hej!\nDin länk: {link}\nSvara senast {closes}.\n");
        test(find(Button.class).id("fieldwork-template-save")).click();
        MessageTemplates.Written saved = new MessageTemplates.Written("Glöm inte {study}", "Hej!\nDin länk: {link}\nSvara senast {closes}.\n");
        assertThat(templates.of(MiniStudy.STUDY, WaveKey.of("w1"), FieldworkSent.Kind.REMINDER, MessageTemplates.Language.SV)).contains(saved);
        assertThat(outcome.getText()).isEqualTo("Bølgens egen tekst, version " + saved.version() + ".");

        test(find(Button.class).id("fieldwork-template-reset")).click();
        assertThat(templates.of(MiniStudy.STUDY, WaveKey.of("w1"))).isEmpty();
        assertThat(subject.getValue()).isEqualTo("Påminnelse: {study}");
    }

    private static Invitation link(String who, String group) {
        return new Invitation(hash(who), MiniStudy.STUDY, WaveKey.of("w1"), UnitKey.of("d01"), RespondentId.of("fw-" + who),
                GroupKey.of(group), RespondentKind.PROFESSIONAL);
    }

    private static String hash(String who) {
        return String.format("%-64s", "fieldwork-view-" + who).replace(' ', '0');
    }
}
