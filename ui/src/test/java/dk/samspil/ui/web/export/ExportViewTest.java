package dk.samspil.ui.web.export;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.samspil.exports.ExportManifest;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.projections.exports.PastExport;
import dk.samspil.ui.app.export.RecordedExports;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.history.LoggedEvent;
import dk.samspil.ui.web.testing.MiniStudy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A research export for partner aau from the page: the manifest's files listed, and a zip to download that holds them. */
class ExportViewTest extends MiniStudyBrowserlessTest {

    @Autowired
    EventLogQuery log;
    @Autowired
    RecordedExports exports;

    @org.junit.jupiter.api.BeforeEach
    void partnersHaveAgreements() {
        exports.agree(PartnerId.of("aau"), "AAU-DSA-2026-01", true);
        exports.agree(PartnerId.of("ku"), "KU-2026-7", true);
    }

    @Test
    void an_export_for_aau_lists_the_manifests_files_and_downloads_as_a_zip_holding_them() throws Exception {
        open(ExportView.class, Map.of("study", "mini", "asof", "900"));
        assertThat(find(IntegerField.class).id("export-k").getValue()).isEqualTo(5);
        assertThat(find(TextField.class).id("export-as-of").getValue()).isEqualTo("900");

        find(TextField.class).id("export-partner").setValue("aau");
        test(find(Button.class).id("export-create")).click();
        awaitExport();

        assertThat(find(Paragraph.class).id("export-made").getText()).isEqualTo("Eksport af mini til aau ved position 900 med k = 5.");
        @SuppressWarnings("unchecked")
        Grid<ExportManifest.ExportedFile> grid = find(Grid.class).id("export-files");
        List<ExportManifest.ExportedFile> files = grid.getListDataView().getItems().toList();
        assertThat(files).extracting(ExportManifest.ExportedFile::name).contains("responses.parquet", "respondent_scores.parquet",
                "relation_cells.parquet", "unit_indices.parquet", "interventions.parquet", "org_changes.parquet", "citizen_outcomes.parquet");
        assertThat(files).allSatisfy(f -> assertThat(f.sha256()).matches("[0-9a-f]{64}"));
        assertThat(files.getFirst().rows()).isPositive();
        assertThat(test(grid).getCellText(0, 2)).isEqualTo(files.getFirst().sha256());

        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        test(find(Anchor.class).id("export-download")).download(downloaded);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(downloaded.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName().substring(entry.getName().indexOf('/') + 1), zip.readAllBytes());
            }
        }
        assertThat(entries).containsKeys("manifest.json", "responses.parquet", "relation_cells.parquet");
        assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)).contains("\"partner\" : \"aau\"").contains("\"as_of_position\" : 900");
        // the files in the zip are the ones the manifest vouches for
        for (ExportManifest.ExportedFile file : files) {
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get(file.name())))).isEqualTo(file.sha256());
        }
    }

    /** An export is recorded in the history; made again from the record, it is the same bytes, even after later events. */
    @Test
    void a_recorded_export_is_listed_and_made_again_to_the_same_bytes() throws Exception {
        open(ExportView.class, Map.of("study", "mini", "asof", "1200"));
        find(TextField.class).id("export-partner").setValue("ku");
        test(find(Button.class).id("export-create")).click();
        awaitExport();

        @SuppressWarnings("unchecked")
        Grid<PastExport> past = find(Grid.class).id("export-past");
        List<PastExport> recorded = past.getListDataView().getItems().filter(p -> p.partner().equals("ku")).toList();
        assertThat(recorded).hasSize(1);
        PastExport first = recorded.getFirst();
        assertThat(first.asOfPosition()).isEqualTo(1200);
        assertThat(first.requestedBy()).as("the signed-in user").isEqualTo("test-admin (web)");
        assertThat(log.newest(MiniStudy.STUDY, 5)).extracting(LoggedEvent::type).contains("ResearchExported");

        int row = past.getListDataView().getItems().toList().indexOf(first);
        test((Button) test(past).getCellComponent(row, 6)).click();
        awaitExport();

        assertThat(find(Paragraph.class).id("export-same").getText()).startsWith("Samme bytes som den registrerede eksport")
                .contains(first.manifestSha256());
        assertThat(find(Paragraph.class).id("export-made").getText()).isEqualTo("Eksport af mini til ku ved position 1200 med k = 5.");
    }

    @Test
    void a_bad_partner_key_and_a_k_below_the_minimum_are_named_on_their_fields() {
        open(ExportView.class, Map.of("study", "mini"));

        find(TextField.class).id("export-partner").setValue("Aalborg Universitet");
        find(IntegerField.class).id("export-k").setValue(3);
        find(TextField.class).id("export-as-of").setValue("i går");
        test(find(Button.class).id("export-create")).click();

        assertThat(find(TextField.class).id("export-partner").getErrorMessage()).isEqualTo("Kun små bogstaver a-z, tal, - og _");
        assertThat(find(IntegerField.class).id("export-k").getErrorMessage()).isEqualTo("k kan ikke være under installationens minimum på 5");
        assertThat(find(TextField.class).id("export-as-of").getErrorMessage()).isEqualTo("En position (fx 1200) eller en dato (2024-03-01)");
        assertThat(find(Paragraph.class).withId("export-made").exists()).isFalse();
    }

    /** The export is written in the background; the page polls, here a round trip stands for each poll. */
    private void awaitExport() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (find(com.vaadin.flow.component.html.Div.class).withId("export-progress").exists()) {
            assertThat(System.nanoTime()).as("export made within two minutes").isLessThan(deadline);
            Thread.sleep(100);
            roundTrip();
        }
    }
}
