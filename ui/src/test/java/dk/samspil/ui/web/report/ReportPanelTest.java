package dk.samspil.ui.web.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.history.LoggedEvent;
import dk.samspil.ui.app.meeting.MeetingReports;
import dk.samspil.ui.web.overview.OverviewView;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.web.testing.MiniStudyBrowserlessTest;
import dk.samspil.ui.web.timeline.TimelineView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "Rapport" on the timeline and the overview: made in the background at the page's position, downloaded, recorded in the history. */
class ReportPanelTest extends MiniStudyBrowserlessTest {

    @Autowired
    EventLogQuery log;

    @Test
    void the_timelines_report_of_a_unit_is_made_in_the_background_at_the_pages_position_downloaded_and_recorded() throws Exception {
        open(TimelineView.class, Map.of("unit", "d04", "asof", "1200"));

        test(find(Button.class).id("report-make")).click();
        awaitResult();

        byte[] pdf = download();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("position 1200", "k = 5", "enhed");
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(find(Paragraph.class).id("report-made").getText()).contains("position 1200", sha256);
        List<LoggedEvent> recorded = log.newest(MiniStudy.STUDY, 5).stream().filter(e -> e.type().equals("MeetingReportMade")).toList();
        assertThat(recorded).isNotEmpty();
        assertThat(recorded.getFirst().summary()).contains("meeting report (pdf, da) of unit d04 at position 1200", sha256.substring(0, 12),
                "test-admin (web)");
    }

    @Test
    void the_overviews_report_in_english_as_powerpoint_reads_back_as_slides() throws Exception {
        open(OverviewView.class, Map.of("asof", "1200"));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<MeetingReports.Format> format = find(RadioButtonGroup.class).id("report-format");
        format.setValue(MeetingReports.Format.PPTX);
        @SuppressWarnings("unchecked")
        Select<String> language = find(Select.class).id("report-language");
        language.setValue("en");
        test(find(Button.class).id("report-make")).click();
        awaitResult();

        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(download()))) {
            assertThat(show.getSlides()).hasSizeGreaterThan(5);
        }
        assertThat(find(Anchor.class).id("report-download").getText()).endsWith("-en.pptx");
    }

    private byte[] download() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        test(find(Anchor.class).id("report-download")).download(bytes);
        return bytes.toByteArray();
    }

    /** The report is made in the background; the page polls, here a round trip stands for each poll. */
    private void awaitResult() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!find(Anchor.class).withId("report-download").exists() && !find(Paragraph.class).withId("report-error").exists()) {
            assertThat(System.nanoTime()).as("report made within two minutes").isLessThan(deadline);
            Thread.sleep(100);
            roundTrip();
        }
        if (find(Paragraph.class).withId("report-error").exists()) {
            throw new AssertionError(find(Paragraph.class).id("report-error").getText());
        }
    }
}
