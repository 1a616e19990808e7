package dk.samspil.reports.pdf;

import dk.samspil.reports.ReportFixture;
import dk.samspil.reports.ReportTexts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportTest {

    @Test
    void every_page_says_the_position_and_k_and_the_matrix_shows_its_cells_but_no_withheld_value() throws IOException {
        ReportTexts texts = ReportTexts.of("da");

        byte[] pdf = new PdfReport().write(ReportFixture.report(texts), texts);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            keep(pdf, document);
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(document)).as("page %d", p).contains("position 2634", "k = 5", "rk@1, ledelse@1",
                        "side " + p + " af 4");
            }
            stripper.setStartPage(3);
            stripper.setEndPage(4);
            assertThat(stripper.getText(document)).contains("Skoler", "Familieafdelingen", "3,45 M", "Søjler", "W0", "W1", "Indsatser",
                    "2,50", "3,25", "n < 5", "2024");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String matrixPage = stripper.getText(document);
            // the chart's text is text in the file, not outlines: the means, letters and n read back
            assertThat(matrixPage).contains("Relationsmatrix, W0", "3,45 M", "4,20 H", "2,10 L", "n = 12", "n < 5", "Familieafdelingen");
            assertThat(matrixPage).doesNotContain("n = 3");
        }
    }

    /** The file and its pages as images in target/reports, to look at. */
    private static void keep(byte[] pdf, PDDocument document) throws IOException {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
        java.nio.file.Files.write(folder.resolve("matrix.pdf"), pdf);
        org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            javax.imageio.ImageIO.write(renderer.renderImageWithDPI(p, 80), "png", folder.resolve("matrix-" + (p + 1) + ".png").toFile());
        }
    }

    @Test
    void the_same_report_gives_the_same_bytes() {
        ReportTexts texts = ReportTexts.of("en");

        byte[] first = new PdfReport().write(ReportFixture.report(texts), texts);
        byte[] again = new PdfReport().write(ReportFixture.report(texts), texts);

        assertThat(again).isEqualTo(first);
    }
}
