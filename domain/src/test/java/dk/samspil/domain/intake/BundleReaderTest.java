package dk.samspil.domain.intake;

import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.RespondentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dk.samspil.domain.intake.Refusals.in;
import static dk.samspil.domain.intake.Refusals.problemsOf;
import static dk.samspil.domain.intake.Refusals.refusedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundleReaderTest {

    static final String STUDY = """
            {
              "tenant": "kommune",
              "tenant_name": "Prøvekommune",
              "study": "lille",
              "title": "Lille studie",
              "shared_task": "Tidlig hjælp",
              "starts_on": "2023-01-02",
              "units": [
                {"key": "bu", "name": "Børn og Unge", "parent": null},
                {"key": "d01", "name": "Distrikt 01", "parent": "bu"}
              ],
              "groups": [
                {"key": "skole", "name": "Skoler"},
                {"key": "familie", "name": "Familieafdelingen"}
              ],
              "waves": [
                {"key": "w0", "label": "Opstart", "opens_on": "2023-01-09", "closes_on": "2023-01-31"}
              ],
              "instruments": ["rk@1", "citizen@1"],
              "relations": [{"from": "skole", "to": "familie", "importance": "high"}]
            }
            """;
    static final String HEADER = "wave,collected_on,respondent,respondent_group,respondent_unit,instrument,target,case,item,score\n";

    @TempDir
    Path dir;

    @Test
    void reads_a_correct_bundle_into_questionnaires_keeping_missing_answers() throws IOException {
        StudyBundle bundle = read(STUDY, HEADER
                + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n"
                + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,respekt,\n"
                + "w0,2023-01-19,p1,skole,d01,rk@1,group:skole,,samarbejde,5\n"
                + "w0,2023-01-20,c1,,d01,citizen@1,,k1,c1,3\n");
        assertThat(bundle.definition().groups()).hasSize(2);
        assertThat(bundle.submissions()).hasSize(2);
        SubmissionDraft p1 = bundle.submissions().getFirst();
        assertThat(p1.respondent()).isEqualTo(RespondentId.of("p1"));
        assertThat(p1.rows()).hasSize(2);
        assertThat(p1.rows().stream().filter(r -> r.target().id().equals("familie")).findFirst().orElseThrow().scores())
                .containsEntry(ItemKey.of("samarbejde"), 4).containsEntry(ItemKey.of("respekt"), null);
        assertThat(bundle.submissions().get(1).group()).isNull();
    }

    @Test
    void reads_the_attributes_of_study_json_and_names_each_wrong_field_with_its_line() throws IOException {
        String attributes = """
                  "attributes": [
                    {"key": "stilling", "applies_to": "respondent", "asked": true,
                     "label": {"da": "Stilling", "en": "Position", "sv": "Befattning"},
                     "values": [{"key": "leder", "label": {"da": "Leder", "en": "Leader"}},
                                {"key": "medarbejder", "label": {"da": "Medarbejder", "en": "Staff"}}]},
                    {"key": "ressourcer", "applies_to": "citizen",
                     "label": {"da": "Ressourcer", "en": "Resources"},
                     "values": [{"key": "faa", "label": {"da": "Få", "en": "Few"}}, {"key": "mange", "label": {"da": "Mange", "en": "Many"}}]}
                  ],
                """;
        StudyBundle bundle = read(STUDY.replace("  \"relations\"", attributes + "  \"relations\""), HEADER
                + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n");
        assertThat(bundle.definition().attributes()).extracting(a -> a.key().value(), a -> a.appliesTo(), a -> a.asked(), a -> a.values().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stilling", dk.samspil.domain.study.AttributeSpec.AppliesTo.RESPONDENT, true, 2),
                        org.assertj.core.groups.Tuple.tuple("ressourcer", dk.samspil.domain.study.AttributeSpec.AppliesTo.CITIZEN, false, 2));
        assertThat(bundle.definition().attributes().getFirst().label().sv()).isEqualTo("Befattning");

        String wrong = """
                  "attributes": [
                    {"key": "stilling", "applies_to": "medarbejder", "label": {"da": "Stilling"},
                     "values": [{"key": "leder", "label": {"da": "Leder", "en": "Leader"}}, {"key": "leder", "label": {"da": "L", "en": "L"}}]},
                    {"key": "ressourcer", "applies_to": "citizen", "asked": true, "label": {"da": "R", "en": "R"}, "values": []}
                  ],
                """;
        List<Problem> problems = problems(STUDY.replace("  \"relations\"", wrong + "  \"relations\""), HEADER
                + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n");
        assertThat(problems).extracting(Problem::toString).anyMatch(p -> p.startsWith("study.json line 21") && p.contains("applies_to")
                        && p.contains("respondent or citizen"))
                .anyMatch(p -> p.startsWith("study.json line 21") && p.contains("label.en"))
                .anyMatch(p -> p.startsWith("study.json line 22") && p.contains("a value key not used before in this attribute"))
                .anyMatch(p -> p.startsWith("study.json line 23") && p.contains("the questionnaire asks respondents, not about citizens"))
                .anyMatch(p -> p.startsWith("study.json line 23") && p.contains("at least one value"));
    }

    @Test
    void rejects_score_outside_scale() {
        assertProblem(HEADER + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,7\n",
                "responses.csv line 2, column score: expected a score on rk@1's scale 1-5 or empty for don't know, found '7'");
    }

    @Test
    void rejects_unknown_group() {
        assertProblem(HEADER + "w0,2023-01-19,p1,laerer,d01,rk@1,group:familie,,samarbejde,4\n",
                "responses.csv line 2, column respondent_group: expected a group key of study.json, found 'laerer'");
    }

    @Test
    void rejects_broken_quoting() {
        List<Problem> problems = problems(STUDY, HEADER
                + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n"
                + "w0,2023-01-19,\"p2\"x,skole,d01,rk@1,group:familie,,samarbejde,4\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("responses.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.expected()).contains("well-formed CSV");
        });
    }

    @Test
    void rejects_text_that_is_not_utf8() throws IOException {
        Path bundle = dir.resolve("latin1");
        Files.createDirectories(bundle);
        Files.writeString(bundle.resolve("study.json"), STUDY);
        Files.write(bundle.resolve("responses.csv"), (HEADER + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n"
                + "w0,2023-01-19,Søren,skole,d01,rk@1,group:familie,,samarbejde,4\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problemsOf(bundle)).singleElement()
                .satisfies(p -> assertThat(p.expected()).contains("UTF-8"));
    }

    @Test
    void rejects_date_outside_the_wave() {
        assertProblem(HEADER + "w0,2023-03-01,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n",
                "responses.csv line 2, column collected_on: expected a date within wave w0 (2023-01-09 to 2023-01-31), found '2023-03-01'");
    }

    @Test
    void rejects_duplicate_row() {
        assertProblem(HEADER + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n"
                        + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,3\n",
                "responses.csv line 3, column item: expected each item once per respondent, wave, target and case (first on line 2), found 'samarbejde'");
    }

    @Test
    void rejects_a_cpr_number_as_respondent_without_repeating_it() {
        List<Problem> problems = problems(STUDY, HEADER + "w0,2023-01-19,010190-1234,skole,d01,rk@1,group:familie,,samarbejde,4\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("respondent");
            assertThat(p.toString()).doesNotContain("010190");
        });
    }

    @Test
    void rejects_person_target_without_case_and_unknown_instrument() {
        List<Problem> problems = problems(STUDY, HEADER
                + "w0,2023-01-19,p1,skole,d01,rk@1,person:x7,,samarbejde,4\n"
                + "w0,2023-01-19,p1,skole,d01,rc@1,group:familie,,accuracy,4\n");
        assertThat(problems).extracting(Problem::line, Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "case"), org.assertj.core.groups.Tuple.tuple(3, "instrument"));
    }

    @Test
    void rejects_a_wrong_header() {
        assertProblem("wave,collected_on,respondent,group,respondent_unit,instrument,target,case,item,score\n",
                "responses.csv line 1: expected the header " + HEADER.strip()
                        + ", found 'wave,collected_on,respondent,group,respondent_unit,instrument,target,case,item,score (missing respondent_group) (unknown group)'");
    }

    @Test
    void rejects_a_header_naming_a_column_twice() {
        assertProblem(HEADER.strip() + ",score\n",
                "responses.csv line 1: expected the header " + HEADER.strip() + ", found '" + HEADER.strip() + ",score (twice score)'");
    }

    @Test
    void lists_every_problem_not_just_the_first() {
        List<Problem> problems = problems(STUDY, HEADER
                + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,9\n"
                + "w9,2023-01-19,p2,skole,d01,rk@1,group:familie,,samarbejde,4\n"
                + "w0,2023-01-19,p3,skole,d99,rk@1,group:nobody,,samarbejde,4\n");
        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "score"),
                org.assertj.core.groups.Tuple.tuple(3, "wave"),
                org.assertj.core.groups.Tuple.tuple(4, "respondent_unit"),
                org.assertj.core.groups.Tuple.tuple(4, "target"));
    }

    @Test
    void names_the_line_of_a_problem_in_study_json() {
        String study = STUDY.replace("\"parent\": \"bu\"", "\"parent\": \"by\"");
        List<Problem> problems = problems(study, HEADER + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n");
        assertThat(problems).singleElement().hasToString(
                "study.json line 10, field units[1].parent: expected null or the key of a unit in units, found 'by'");
    }

    @Test
    void reports_malformed_study_json_with_its_line() {
        assertThat(problems(STUDY.replace("\"title\": \"Lille studie\",", "\"title\": \"Lille studie\""), HEADER)).singleElement()
                .satisfies(in("study.json", 6)).extracting(Problem::expected).isEqualTo("well-formed JSON");
    }

    @Test
    void a_zip_reads_like_the_folder_and_one_leaving_the_bundle_is_refused() throws IOException {
        Path zip = dir.resolve("bundle.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "lille/study.json", STUDY);
            entry(out, "lille/responses.csv", HEADER + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n");
        }
        try (BundleSource source = BundleSource.open(zip)) {
            assertThat(BundleReader.read(source, ImportProgress.SILENT).submissions()).hasSize(1);
        }
        Path evil = dir.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            entry(out, "../study.json", STUDY);
        }
        assertThatThrownBy(() -> BundleSource.open(evil)).isInstanceOf(BundleRejected.class)
                .hasMessageContaining("../study.json: expected a relative path inside the bundle");
    }

    @Test
    void rejects_a_field_named_twice_in_study_json() {
        assertThat(problems(STUDY.replace("\"study\": \"lille\",", "\"study\": \"lille\", \"study\": \"andet\","), HEADER))
                .singleElement().satisfies(in("study.json", 4)).extracting(Problem::found).asString().contains("Duplicate field 'study'");
    }

    @Test
    void rejects_text_after_the_study_json_document() {
        List<Problem> problems = problems(STUDY + "{\"study\": \"andet\"}\n", HEADER);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("study.json");
            assertThat(p.expected()).isEqualTo("well-formed JSON");
        });
    }

    @Test
    void rejects_text_after_the_wide_mapping_document() throws IOException {
        Path bundle = dir.resolve("wide");
        Files.createDirectories(bundle);
        for (String file : List.of("study.json", "responses_wide.csv", "responses_wide.json")) {
            try (var in = BundleReaderTest.class.getResourceAsStream("mini/" + file)) {
                Files.copy(in, bundle.resolve(file));
            }
        }
        Files.writeString(bundle.resolve("responses_wide.json"), "{\"delimiter\": \";\"}\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(problemsOf(bundle)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("responses_wide.json");
            assertThat(p.expected()).isEqualTo("well-formed JSON");
        });
    }

    @Test
    void rejects_a_study_json_too_large_to_read_whole() {
        String huge = STUDY.replace("\"title\": \"Lille studie\"", "\"title\": \"" + "x".repeat(StudyJsonReader.MAX_JSON_BYTES) + "\"");
        assertThat(problems(huge, HEADER)).singleElement()
                .hasToString("study.json: expected a JSON file of at most 16 MiB, found 'a larger file'");
    }

    @Test
    void quotes_only_the_start_of_a_huge_value() {
        List<Problem> problems = problems(STUDY, HEADER + "w0,2023-01-19," + "p".repeat(3 << 20) + "!,skole,d01,rk@1,group:familie,,samarbejde,4\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("respondent");
            assertThat(p.found()).startsWith("ppp").endsWith("... (3145729 characters)").hasSizeLessThan(200);
        });
    }

    @Test
    void stops_at_a_line_too_long_to_hold() {
        List<Problem> problems = problems(STUDY, HEADER + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n"
                + "w0,2023-01-19,p2,skole,d01,rk@1,group:familie,,samarbejde," + "4".repeat(Utf8Stream.MAX_LINE_BYTES) + "\n");
        assertThat(problems).singleElement().hasToString("responses.csv line 3: expected lines of at most 16 MiB, found 'a longer line'");
    }

    @Test
    void rejects_scores_that_are_not_written_in_ascii_digits() {
        List<Problem> problems = problems(STUDY, HEADER
                + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,+4\n"
                + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,respekt,\u0664\n");
        assertThat(problems).extracting(Problem::line, Problem::field, Problem::found).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "score", "+4"),
                org.assertj.core.groups.Tuple.tuple(3, "score", "\u0664"));
    }

    @Test
    void rejects_outcome_values_that_are_not_plain_decimals() throws IOException {
        Path bundle = dir.resolve("outcomes");
        Files.createDirectories(bundle);
        Files.writeString(bundle.resolve("study.json"), STUDY);
        Files.writeString(bundle.resolve("responses.csv"), HEADER + "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,samarbejde,4\n");
        Files.writeString(bundle.resolve("outcomes.csv"), """
                unit,citizen,measured_on,outcome,value
                d01,c1,2023-01-20,age,9.68
                d01,c2,2023-01-20,age,1e999999999
                """);
        refusedFor(bundle,
                "outcomes.csv line 3, column value: expected a number written with a point for decimals (e.g. 9.68), found '1e999999999'");
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private void assertProblem(String responses, String expected) {
        assertThat(problems(STUDY, responses)).singleElement().hasToString(expected);
    }

    private List<Problem> problems(String study, String responses) {
        try {
            Path bundle = Files.createTempDirectory(dir, "bundle");
            Files.writeString(bundle.resolve("study.json"), study);
            Files.writeString(bundle.resolve("responses.csv"), responses);
            return problemsOf(bundle);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private StudyBundle read(String study, String responses) throws IOException {
        Files.writeString(dir.resolve("study.json"), study);
        Files.writeString(dir.resolve("responses.csv"), responses);
        try (BundleSource source = BundleSource.open(dir)) {
            return BundleReader.read(source, ImportProgress.SILENT);
        }
    }

}
