package dk.samspil.reports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinesTest {

    /** Every character as wide as the next: the width is a count of characters. */
    private static double measure(String text) {
        return text.length();
    }

    @Test
    void words_fill_lines_up_to_the_width() {
        assertThat(Lines.wrap("Måling efter 6 måneder", 14, LinesTest::measure)).containsExactly("Måling efter 6", "måneder");
    }

    @Test
    void a_word_wider_than_the_column_is_broken_with_a_hyphen_and_no_line_runs_over() {
        List<String> lines = Lines.wrap("Børne- og ungdomspsykiatrien", 10, LinesTest::measure);

        assertThat(lines).containsExactly("Børne- og", "ungdomsps-", "ykiatrien");
        assertThat(lines).allSatisfy(line -> assertThat(measure(line)).isLessThanOrEqualTo(10));
    }

    @Test
    void a_long_word_after_others_starts_a_line_of_its_own() {
        assertThat(Lines.wrap("kort Afslutningsmåling", 8, LinesTest::measure)).containsExactly("kort", "Afslutn-", "ingsmål-", "ing");
    }
}
