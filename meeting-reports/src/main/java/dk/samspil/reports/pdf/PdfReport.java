package dk.samspil.reports.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import dk.samspil.reports.Lines;
import dk.samspil.reports.ReportDocument;
import dk.samspil.reports.ReportFonts;
import dk.samspil.reports.ReportPage;
import dk.samspil.reports.ReportTexts;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * A report as a PDF (Apache PDFBox): A4 landscape pages, charts as vector forms (pdfbox-graphics2d draws the
 * Java2D), Liberation Sans embedded, every page's foot the stamp. The dates and the file identifier come from
 * the stamp, so the same report gives the same bytes.
 */
public final class PdfReport {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float HEADING = 18;
    private static final float BODY = 10;
    private static final float FOOT = 7.5f;

    private final ReportFonts fonts = ReportFonts.load();

    /** The PDF's bytes. */
    public byte[] write(ReportDocument report, ReportTexts texts) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PDType0Font.load(document, bytes(ReportFonts.REGULAR));
            PDFont bold = PDType0Font.load(document, bytes(ReportFonts.BOLD));
            Writer writer = new Writer(document, regular, bold, texts, report);
            int total = report.pages().size() + 1;
            writer.cover(total);
            for (int i = 0; i < report.pages().size(); i++) {
                writer.page(report.pages().get(i), i + 2, total);
            }
            identify(document, report, texts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report's PDF", e);
        }
    }

    /** Dates from the stamp and an identifier from the content: PDFBox would otherwise take them from the clock. */
    private static void identify(PDDocument document, ReportDocument report, ReportTexts texts) {
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(report.stamp().recordedAt().toEpochMilli());
        info.setCreationDate(at);
        info.setModificationDate(at);
        info.setTitle(report.title());
        info.setSubject(report.stamp().line(texts));
        info.setProducer("Samspil");
        byte[] id = Arrays.copyOf(sha256(report.stamp().line(texts) + "\n" + report.pages().stream().map(ReportPage::heading).toList()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static InputStream bytes(String font) {
        return ReportFonts.file(font);
    }

    /** Lays out the pages of one document. */
    private final class Writer {
        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private final ReportTexts texts;
        private final ReportDocument report;
        private final PdfBoxGraphics2DFontTextDrawer textDrawer = new PdfBoxGraphics2DFontTextDrawer();

        Writer(PDDocument document, PDFont regular, PDFont bold, ReportTexts texts, ReportDocument report) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            this.texts = texts;
            this.report = report;
            // the charts' text is the document's own embedded font, so it stays text (searchable, extractable)
            textDrawer.registerFont(fonts.regular(10).getFontName(), regular);
            textDrawer.registerFont(fonts.bold(10).getFontName(), bold);
        }

        void cover(int total) throws IOException {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = PAGE.getHeight() - 150;
                y = lines(content, bold, 28, report.title(), MARGIN, y, PAGE.getWidth() - 2 * MARGIN);
                if (report.sharedTask() != null) {
                    y = lines(content, regular, 14, texts.text("cover.sharedTask", report.sharedTask()), MARGIN, y - 10, PAGE.getWidth() - 2 * MARGIN);
                }
                if (report.organisation() != null) {
                    y = lines(content, regular, 12, report.organisation(), MARGIN, y - 10, PAGE.getWidth() - 2 * MARGIN);
                }
                lines(content, regular, 11, texts.text("cover.moment", Long.toString(report.stamp().position()),
                        texts.dateTime(report.stamp().recordedAt()), Integer.toString(report.stamp().k())), MARGIN, y - 24, PAGE.getWidth() - 2 * MARGIN);
                foot(content, 1, total);
            }
        }

        void page(ReportPage shown, int number, int total) throws IOException {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            float width = PAGE.getWidth() - 2 * MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float top = lines(content, bold, HEADING, shown.heading(), MARGIN, PAGE.getHeight() - MARGIN - HEADING, width) - 6;
                if (shown.drawing().isEmpty() && shown.table().isEmpty()) {
                    // a page of text: its paragraphs from the top
                    float y = top - BODY;
                    for (String note : shown.notes()) {
                        y = lines(content, regular, BODY + 1, note, MARGIN, y, width) - 8;
                    }
                    foot(content, number, total);
                    return;
                }
                float bottom = MARGIN + 24 + shown.notes().size() * (BODY + 4) * 2;
                float y = bottom - BODY - 6;
                for (String note : shown.notes()) {
                    y = lines(content, regular, BODY, note, MARGIN, y, width);
                }
                boolean both = shown.drawing().isPresent() && shown.table().isPresent();
                float chartWidth = both ? width * 0.62f : width;
                if (shown.drawing().isPresent()) {
                    draw(content, shown.drawing().get(), MARGIN, bottom, chartWidth, top - bottom);
                }
                if (shown.table().isPresent()) {
                    float x = both ? MARGIN + chartWidth + 14 : MARGIN;
                    table(content, shown.table().get(), x, top, both ? width - chartWidth - 14 : width);
                }
                foot(content, number, total);
            }
        }

        private void draw(PDPageContentStream content, dk.samspil.reports.Drawing drawing, float x, float y, float w, float h)
                throws IOException {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            g.setFontTextDrawer(textDrawer);
            drawing.draw(g, new Rectangle2D.Double(0, 0, w, h), fonts);
            g.dispose();
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(x, y));
            content.drawForm(g.getXFormObject());
            content.restoreGraphicsState();
        }

        private void table(PDPageContentStream content, ReportPage.Table table, float x, float top, float width) throws IOException {
            float size = 8.5f;
            float y = top - size;
            y = row(content, bold, size, table.headers(), table.widths(), x, y, width);
            for (List<String> row : table.rows()) {
                if (y < MARGIN + 40) {
                    // the rest would run into the foot: a table that long belongs on pages of its own
                    lines(content, regular, size, texts.text("table.more", Integer.toString(table.rows().size())), x, y, width);
                    return;
                }
                y = row(content, regular, size, row, table.widths(), x, y - 2, width);
            }
        }

        private float row(PDPageContentStream content, PDFont font, float size, List<String> cells, List<Double> widths, float x,
                          float y, float width) throws IOException {
            float lowest = y;
            float at = x;
            for (int c = 0; c < cells.size(); c++) {
                float w = (float) (width * widths.get(c));
                lowest = Math.min(lowest, lines(content, font, size, cells.get(c), at, y, w - 6));
                at += w;
            }
            return lowest;
        }

        private void foot(PDPageContentStream content, int number, int total) throws IOException {
            String pages = texts.text("page.of", Integer.toString(number), Integer.toString(total));
            float pagesWidth = regular.getStringWidth(pages) / 1000 * FOOT;
            lines(content, regular, FOOT, report.stamp().line(texts), MARGIN, MARGIN - 6, PAGE.getWidth() - 2 * MARGIN - pagesWidth - 20);
            text(content, regular, FOOT, pages, PAGE.getWidth() - MARGIN - pagesWidth, MARGIN - 6);
        }

        /** Writes a text in lines no wider than {@code width} from its first baseline down; returns the next free baseline. */
        private float lines(PDPageContentStream content, PDFont font, float size, String text, float x, float y, float width)
                throws IOException {
            float baseline = y;
            for (String line : wrap(font, size, text, width)) {
                text(content, font, size, line, x, baseline);
                baseline -= size * 1.3f;
            }
            return baseline;
        }

        private void text(PDPageContentStream content, PDFont font, float size, String text, float x, float y) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        private List<String> wrap(PDFont font, float size, String text, float width) {
            return Lines.wrap(text, width, line -> {
                try {
                    return font.getStringWidth(line) / 1000 * size;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot measure text in the report's font", e);
                }
            });
        }
    }
}
