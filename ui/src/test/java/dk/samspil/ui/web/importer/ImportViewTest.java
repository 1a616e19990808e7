package dk.samspil.ui.web.importer;

import dk.samspil.ui.app.imports.ImportService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import dk.samspil.domain.intake.Problem;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploading bundles: a refused one shows every problem and stores nothing; the mini sample again changes nothing. */
class ImportViewTest extends MiniStudyBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    ImportService service;

    @Test
    void a_malformed_bundle_shows_every_problem_with_file_line_and_column_and_stores_nothing() throws Exception {
        open(ImportView.class, Map.of());
        long before = service.head();
        // the duplicate-row sample, with a score off the scale added on line 3
        byte[] zip = zip(resource("malformed/22-responses-duplicate-row"), (name, text) -> name.equals("responses.csv")
                ? text.replace("w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,respekt,\n", "w0,2023-01-19,p1,skole,d01,rk@1,group:familie,,respekt,9\n")
                : text);

        test(find(Upload.class).id("importer-upload")).upload("bad-bundle.zip", "application/zip", zip);
        awaitResult();

        assertThat(find(Paragraph.class).id("importer-rejected").getText()).isEqualTo("2 problemer fundet i bad-bundle.zip; intet blev gemt.");
        @SuppressWarnings("unchecked")
        Grid<Problem> grid = find(Grid.class).id("importer-problems");
        List<Problem> rows = grid.getListDataView().getItems().toList();
        assertThat(rows).extracting(Problem::file, Problem::line, Problem::field, Problem::found).containsExactly(
                org.assertj.core.groups.Tuple.tuple("responses.csv", 3, "score", "9"),
                org.assertj.core.groups.Tuple.tuple("responses.csv", 8, "item", "samarbejde"));
        assertThat(test(grid).getCellText(1, 3)).isEqualTo("each item once per respondent, wave, target and case (first on line 2)");
        assertThat(test(grid).getHeaderCell(2)).isEqualTo("Kolonne/felt");
        assertThat(service.head()).isEqualTo(before);
        assertThat(find(Div.class).withId("importer-summary").exists()).isFalse();
    }

    @Test
    void the_mini_sample_uploaded_again_adds_nothing_and_says_so() throws Exception {
        open(ImportView.class, Map.of());
        long before = service.head();

        test(find(Upload.class).id("importer-upload")).upload("mini.zip", "application/zip", zip(resource("samples/mini"), (name, text) -> text));
        awaitResult();

        assertThat(find(Span.class).id("importer-summary-study").getText()).isEqualTo("mini");
        assertThat(find(Span.class).id("importer-summary-questionnaires").getText()).matches("0 tilføjet, 0 rettet, [1-9][0-9]* uændret");
        assertThat(find(Span.class).id("importer-summary-outcomes").getText()).matches("0 tilføjet, 0 rettet, [1-9][0-9]* uændret");
        assertThat(find(Paragraph.class).id("importer-described").getText())
                .startsWith("study mini: 0 questionnaires added, 0 corrected, ").contains(" unchanged; 0 outcome measurements added");
        assertThat(find(Paragraph.class).id("importer-nothing-new").getText()).isEqualTo("Intet nyt: alt i pakken var allerede gemt.");
        assertThat(service.head()).isEqualTo(before);
        assertThat(find(Div.class).withId("importer-progress").exists()).as("progress hidden").isFalse();
        assertThat(find(Upload.class).id("importer-upload").isEnabled()).isTrue();

        test(find(com.vaadin.flow.component.button.Button.class).id("language-toggle")).click();
        assertThat(find(Span.class).id("importer-summary-questionnaires").getText()).matches("0 added, 0 corrected, [1-9][0-9]* unchanged");
        assertThat(find(Paragraph.class).id("importer-nothing-new").getText()).isEqualTo("Nothing new: everything in the bundle was already stored.");
    }

    @Test
    void a_file_that_is_not_a_zip_is_named_and_not_read() throws Exception {
        open(ImportView.class, Map.of());
        long before = service.head();

        test(find(Upload.class).id("importer-upload")).upload("responses.csv", "text/csv", "wave,collected_on\n".getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(find(Paragraph.class).id("importer-error").getText()).isEqualTo("Kun .zip-filer kan importeres; responses.csv er ikke en .zip-fil.");
        assertThat(service.head()).isEqualTo(before);
    }

    /** The import runs in the background; the page polls, here a round trip stands for each poll. */
    private void awaitResult() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!find(Div.class).withId("importer-summary").exists() && !find(Paragraph.class).withId("importer-rejected").exists()
                && !find(Paragraph.class).withId("importer-error").exists()) {
            assertThat(System.nanoTime()).as("import finished within two minutes").isLessThan(deadline);
            Thread.sleep(100);
            roundTrip();
        }
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ImportViewTest.class.getClassLoader().getResource(name).toURI());
    }

    /** The folder's files at the top of a zip, each text passed through the edit. */
    private static byte[] zip(Path folder, java.util.function.BiFunction<String, String, String> edit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Path> files;
        try (Stream<Path> listed = Files.walk(folder)) {
            files = new ArrayList<>(listed.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("expected.txt")).sorted().toList());
        }
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Path file : files) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                out.putNextEntry(new ZipEntry(name));
                out.write(edit.apply(name, Files.readString(file, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
