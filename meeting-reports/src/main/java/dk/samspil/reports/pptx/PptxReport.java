package dk.samspil.reports.pptx;

import dk.samspil.reports.Drawing;
import dk.samspil.reports.ReportDocument;
import dk.samspil.reports.ReportFonts;
import dk.samspil.reports.ReportPage;
import dk.samspil.reports.ReportTexts;
import dk.samspil.reports.Stamp;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A report as a PowerPoint (Apache POI's XSLF), one slide per page: the charts as PowerPoint shapes (POI's
 * SLGraphics turns the same Java2D into freeforms and text boxes, so they stay vectors and editable), the
 * numbers as a PowerPoint table, every slide's foot the stamp. Dates come from the stamp and the zip's
 * entries are written with its time, so the same report gives the same bytes.
 */
public final class PptxReport {

    /** 16:9 in points. */
    private static final Dimension SLIDE = new Dimension(960, 540);
    private static final double MARGIN = 32;
    /** Every PowerPoint has Arial, and Liberation Sans (the PDF's font, the charts' measure) matches it glyph for glyph in width. */
    private static final String FONT = "Arial";

    private final ReportFonts fonts = ReportFonts.load();

    /**
     * Writes a one-slide report and throws it away: in a fresh JVM, loading the slide library's classes and schemas
     * takes seconds, which a caller can spend on another core while it reads the figures.
     */
    public static void prepare() {
        ReportTexts texts = ReportTexts.of("da");
        Stamp stamp = new Stamp("s", "s", null, 0, Instant.EPOCH, 5, List.of());
        ReportPage page = new ReportPage("s", Optional.of((g, area, fonts) -> {
            g.draw(new Rectangle2D.Double(area.getX(), area.getY(), 10, 10));
            g.drawString("s", (float) area.getX(), (float) area.getY());
        }), Optional.of(new ReportPage.Table(List.of("s"), List.of(List.of("s")), List.of(1.0))), List.of("s"));
        new PptxReport().write(new ReportDocument(stamp, "s", "s", "s", List.of(page)), texts);
    }

    public byte[] write(ReportDocument report, ReportTexts texts) {
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(SLIDE);
            int total = report.pages().size() + 1;
            cover(show.createSlide(), report, texts, total);
            for (int i = 0; i < report.pages().size(); i++) {
                page(show.createSlide(), report, report.pages().get(i), texts, i + 2, total);
            }
            POIXMLProperties.CoreProperties core = show.getProperties().getCoreProperties();
            Date at = Date.from(report.stamp().recordedAt());
            core.setCreated(Optional.of(at));
            core.setModified(Optional.of(at));
            core.setTitle(report.title());
            core.setCreator("Samspil");
            core.setDescription(report.stamp().line(texts));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            show.write(out);
            return repack(out.toByteArray(), java.time.LocalDateTime.ofInstant(report.stamp().recordedAt(), java.time.ZoneOffset.UTC));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report's PowerPoint", e);
        }
    }

    private void cover(XSLFSlide slide, ReportDocument report, ReportTexts texts, int total) {
        double y = 150;
        y = text(slide, report.title(), MARGIN, y, SLIDE.width - 2 * MARGIN, 30, true);
        if (report.sharedTask() != null) {
            y = text(slide, texts.text("cover.sharedTask", report.sharedTask()), MARGIN, y + 8, SLIDE.width - 2 * MARGIN, 16, false);
        }
        if (report.organisation() != null) {
            y = text(slide, report.organisation(), MARGIN, y + 8, SLIDE.width - 2 * MARGIN, 14, false);
        }
        text(slide, texts.text("cover.moment", Long.toString(report.stamp().position()), texts.dateTime(report.stamp().recordedAt()),
                Integer.toString(report.stamp().k())), MARGIN, y + 20, SLIDE.width - 2 * MARGIN, 12, false);
        foot(slide, report, texts, 1, total);
    }

    private void page(XSLFSlide slide, ReportDocument report, ReportPage page, ReportTexts texts, int number, int total) {
        double width = SLIDE.width - 2 * MARGIN;
        double top = text(slide, page.heading(), MARGIN, MARGIN - 8, width, 22, true) + 4;
        if (page.drawing().isEmpty() && page.table().isEmpty()) {
            // a slide of text: its paragraphs from the top
            double y = top + 6;
            for (String note : page.notes()) {
                y = text(slide, note, MARGIN, y, width, 13, false) + 6;
            }
            foot(slide, report, texts, number, total);
            return;
        }
        double bottom = SLIDE.height - MARGIN - 18 - page.notes().size() * 30;
        double y = bottom + 4;
        for (String note : page.notes()) {
            y = text(slide, note, MARGIN, y, width, 11, false);
        }
        boolean both = page.drawing().isPresent() && page.table().isPresent();
        double chartWidth = both ? width * 0.62 : width;
        page.drawing().ifPresent(d -> draw(slide, d, new Rectangle2D.Double(MARGIN, top, chartWidth, bottom - top)));
        page.table().ifPresent(t -> table(slide, t, both ? MARGIN + chartWidth + 14 : MARGIN, top, both ? width - chartWidth - 14 : width));
        foot(slide, report, texts, number, total);
    }

    private void draw(XSLFSlide slide, Drawing drawing, Rectangle2D area) {
        XSLFGroupShape group = slide.createGroup();
        group.setAnchor(area);
        group.setInteriorAnchor(new Rectangle2D.Double(0, 0, area.getWidth(), area.getHeight()));
        SlideGraphics g = new SlideGraphics(group, FONT);
        drawing.draw(g, new Rectangle2D.Double(0, 0, area.getWidth(), area.getHeight()), fonts);
        g.dispose();
    }

    private void table(XSLFSlide slide, ReportPage.Table table, double x, double top, double width) {
        XSLFTable shown = slide.createTable();
        shown.setAnchor(new Rectangle2D.Double(x, top, width, 20));
        row(shown.addRow(), table.headers(), true);
        for (List<String> cells : table.rows()) {
            row(shown.addRow(), cells, false);
        }
        for (int c = 0; c < table.widths().size(); c++) {
            shown.setColumnWidth(c, width * table.widths().get(c));
        }
    }

    private static void row(XSLFTableRow row, List<String> cells, boolean header) {
        for (String text : cells) {
            XSLFTableCell cell = row.addCell();
            XSLFTextRun run = cell.setText(text);
            run.setFontFamily(FONT);
            run.setFontSize(header ? 10.0 : 9.0);
            run.setBold(header);
            run.setFontColor(Color.BLACK);
        }
    }

    private static void foot(XSLFSlide slide, ReportDocument report, ReportTexts texts, int number, int total) {
        double y = SLIDE.height - MARGIN - 6;
        text(slide, report.stamp().line(texts), MARGIN, y, SLIDE.width - 2 * MARGIN - 90, 8, false);
        XSLFTextBox pages = slide.createTextBox();
        pages.setAnchor(new Rectangle2D.Double(SLIDE.width - MARGIN - 90, y, 90, 14));
        XSLFTextParagraph paragraph = pages.addNewTextParagraph();
        paragraph.setTextAlign(TextParagraph.TextAlign.RIGHT);
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(texts.text("page.of", Integer.toString(number), Integer.toString(total)));
        run.setFontFamily(FONT);
        run.setFontSize(8.0);
    }

    /** A text box at (x, y), as wide as given and as high as its lines; returns the y under it. */
    private static double text(XSLFSlide slide, String text, double x, double y, double width, double size, boolean bold) {
        XSLFTextBox box = slide.createTextBox();
        box.setWordWrap(true);
        box.setAnchor(new Rectangle2D.Double(x, y, width, size * 1.5));
        box.clearText();
        XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        Rectangle2D fitted = box.resizeToFitText();
        return y + fitted.getHeight();
    }

    /** The same entries in the same order, each dated by the stamp: POI dates them by the clock. */
    private static byte[] repack(byte[] zip, java.time.LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream repacked = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry dated = new ZipEntry(entry.getName());
                // local time in UTC, not the machine's zone: the bytes are the same wherever it is made
                dated.setTimeLocal(time);
                repacked.putNextEntry(dated);
                in.transferTo(repacked);
                repacked.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
