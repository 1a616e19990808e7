package dk.samspil.projections.release;

import dk.samspil.projections.disclosure.FigureKey;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseDeciderTest {

    private static final Map<Long, String> RESPONDENTS = new HashMap<>();

    static {
        LongStreamHolder.fill();
    }

    /** Questionnaire versions 1..99 are respondents r1..r99; version 101 is r1 answering anew. */
    private static final class LongStreamHolder {
        static void fill() {
            for (long v = 1; v < 100; v++) {
                RESPONDENTS.put(v, "r" + v);
            }
            RESPONDENTS.put(101L, "r1");
        }
    }

    @Test
    void a_sixth_respondent_after_a_release_is_held_back_and_a_correction_too() {
        FigureKey cell = FigureKey.cell("w0", "rk@1", null, "skole", "familie");
        List<ReleaseDecider.Shown> first = List.of(new ReleaseDecider.Shown(cell, 174, people(1, 5, "familie")));

        ReleaseDecider.Decision sixth = only(ReleaseDecider.decide(List.of(candidate(cell, people(1, 6, "familie"))), first, RESPONDENTS, 5));
        assertThat(sixth.shown()).isFalse();
        assertThat(sixth.reason().english()).contains("held back: 1 of its respondents changed since the release at position 174");

        List<String> corrected = new java.util.ArrayList<>(people(2, 5, "familie"));
        corrected.add("101:familie");
        ReleaseDecider.Decision correction = only(ReleaseDecider.decide(List.of(candidate(cell, corrected)), first, RESPONDENTS, 5));
        assertThat(correction.reason().english()).contains("held back: 1 of its respondents");

        assertThat(only(ReleaseDecider.decide(List.of(candidate(cell, people(1, 5, "familie"))), first, RESPONDENTS, 5)).shown()).isTrue();
        assertThat(only(ReleaseDecider.decide(List.of(candidate(cell, people(1, 10, "familie"))), first, RESPONDENTS, 5)).shown()).isTrue();
    }

    @Test
    void an_outcome_half_year_over_fewer_than_k_more_citizens_than_its_quarter_is_withheld_however_many_months_they_add() {
        java.time.LocalDate january = java.time.LocalDate.of(2024, 1, 1);
        // citizens c1..c6 measured once in the first quarter; c1..c4 measured twice more in the second
        List<String> firstQuarter = new java.util.ArrayList<>();
        long position = 1000;
        for (int c = 1; c <= 6; c++) {
            firstQuarter.add(outcome(position++, c));
        }
        List<String> half = new java.util.ArrayList<>(firstQuarter);
        for (int month = 0; month < 2; month++) {
            for (int c = 1; c <= 4; c++) {
                half.add(outcome(position++, c));
            }
        }
        FigureKey quarter = FigureKey.outcomePeriod("wait", "d01", january, 3);
        FigureKey halfYear = FigureKey.outcomePeriod("wait", "d01", january, 6);

        List<ReleaseDecider.Decision> decisions = ReleaseDecider.decide(
                List.of(candidate(quarter, 6, firstQuarter), candidate(halfYear, 6, half)), List.of(), RESPONDENTS, 5);

        assertThat(decisions.get(0).shown()).isTrue();
        // eight citizen-months apart, but their difference is the values of four people: c1 to c4
        assertThat(decisions.get(1).shown()).isFalse();
        assertThat(decisions.get(1).reason().english()).contains("differs in 4 respondents");
    }

    private static String outcome(long position, int citizen) {
        return position + ":outcome c" + citizen + " " + position;
    }

    @Test
    void a_child_unit_close_to_its_parent_is_withheld_the_parent_shown() {
        FigureKey parent = FigureKey.cell("w0", "rk@1", "bu", "skole", "familie");
        FigureKey child = FigureKey.cell("w0", "rk@1", "d01", "skole", "familie");
        List<ReleaseDecider.Decision> decisions = ReleaseDecider.decide(
                List.of(candidate(child, people(1, 6, "familie")), candidate(parent, people(1, 8, "familie"))), List.of(), RESPONDENTS, 5);
        assertThat(decisions.get(0).shown()).isFalse();
        assertThat(decisions.get(0).reason().english()).contains("differs in 2 respondents");
        assertThat(decisions.get(1).shown()).isTrue();
    }

    @Test
    void three_figures_whose_pairs_all_differ_enough_still_single_out_a_person_together() {
        // with k = 2: {1,2} + {1,3} - {2,3} = 2 x1, although every pair differs in 2
        FigureKey a = FigureKey.cell("w0", "rk@1", "u1", "skole", "familie");
        FigureKey b = FigureKey.cell("w0", "rk@1", "u2", "skole", "familie");
        FigureKey c = FigureKey.cell("w0", "rk@1", "u3", "skole", "familie");
        List<ReleaseDecider.Decision> decisions = ReleaseDecider.decide(List.of(
                candidate(a, List.of("1:familie", "2:familie")), candidate(b, List.of("2:familie", "3:familie")),
                candidate(c, List.of("1:familie", "3:familie"))), List.of(), RESPONDENTS, 2);
        assertThat(decisions).extracting(ReleaseDecider.Decision::shown).containsExactly(true, true, false);
        assertThat(decisions.get(2).reason().english()).contains("single out one respondent's value");
    }

    @Test
    void an_item_mean_over_one_respondent_fewer_than_its_instrument_mean_is_withheld() {
        FigureKey cell = FigureKey.cell("w0", "rk@1", null, "skole", "familie");
        FigureKey item = FigureKey.item("w0", "rk@1", null, "skole", "familie", "samarbejde");
        List<ReleaseDecider.Decision> decisions = ReleaseDecider.decide(List.of(candidate(cell, people(1, 9, "familie")),
                candidate(item, people(1, 8, "familie"))), List.of(), RESPONDENTS, 5);
        assertThat(decisions).extracting(ReleaseDecider.Decision::shown).containsExactly(true, false);
        assertThat(decisions.get(1).reason().english()).contains("differ in 1 from those of a figure shown of the same people");
    }

    @Test
    void cells_of_one_rater_group_show_when_the_same_people_rate_every_target_but_not_when_one_skips_a_target() {
        // the group's given mean weighs each rater's targets, so a rater missing from one cell can be solved for
        List<ReleaseDecider.Candidate> cells = new java.util.ArrayList<>(IntStream.rangeClosed(1, 5).mapToObj(t -> candidate(
                FigureKey.cell("w0", "rk@1", null, "skole", "t" + t), people(1, 6, "t" + t))).toList());
        assertThat(ReleaseDecider.decide(cells, List.of(), RESPONDENTS, 5)).allMatch(ReleaseDecider.Decision::shown);
        cells.add(candidate(FigureKey.cell("w0", "rk@1", null, "skole", "t6"), people(1, 5, "t6")));
        assertThat(ReleaseDecider.decide(cells, List.of(), RESPONDENTS, 5)).extracting(ReleaseDecider.Decision::shown)
                .containsExactly(true, true, true, true, true, false);
    }

    private static ReleaseDecider.Decision only(List<ReleaseDecider.Decision> decisions) {
        assertThat(decisions).hasSize(1);
        return decisions.getFirst();
    }

    private static ReleaseDecider.Candidate candidate(FigureKey key, int n, List<String> contributors) {
        return new ReleaseDecider.Candidate(key, n, contributors);
    }

    private static ReleaseDecider.Candidate candidate(FigureKey key, List<String> contributors) {
        return new ReleaseDecider.Candidate(key, contributors.size(), contributors);
    }

    private static List<String> people(int from, int to, String target) {
        return IntStream.rangeClosed(from, to).mapToObj(v -> v + ":" + target).toList();
    }
}
