package dk.samspil.reports.pptx;

import dk.samspil.reports.ReportFixture;
import dk.samspil.reports.ReportTexts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PptxReportTest {

    @Test
    void every_slide_says_the_position_and_k_and_the_matrix_is_shapes_with_its_cells_but_no_withheld_value() throws IOException {
        ReportTexts texts = ReportTexts.of("da");

        byte[] pptx = new PptxReport().write(ReportFixture.report(texts), texts);

        Files.write(Files.createDirectories(Path.of("target", "reports")).resolve("matrix.pptx"), pptx);
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            List<XSLFSlide> slides = show.getSlides();
            assertThat(slides).hasSize(4);
            for (int s = 0; s < slides.size(); s++) {
                assertThat(text(slides.get(s).getShapes())).as("slide %d", s + 1).contains("position 2634", "k = 5", "rk@1, ledelse@1",
                        "side " + (s + 1) + " af 4");
            }
            String matrix = text(slides.get(1).getShapes());
            assertThat(matrix).contains("Relationsmatrix, W0", "3,45 M", "4,20 H", "2,10 L", "n = 12", "n < 5", "Familieafdelingen");
            assertThat(matrix).doesNotContain("n = 3");
            // the chart is drawn as PowerPoint shapes in a group, not pasted as a picture
            assertThat(slides.get(1).getShapes()).anySatisfy(shape -> assertThat(shape).isInstanceOf(XSLFGroupShape.class));
            assertThat(show.getPictureData()).isEmpty();
            // the network map's arrows are curves among the shapes, its names and the weak relation's figure text
            assertThat(text(slides.get(2).getShapes())).contains("Skoler", "Familieafdelingen", "PPR", "3,45 M", "Søjler");
            // the timeline's marks and the outcome's periods, the withheld one saying why
            assertThat(text(slides.get(3).getShapes())).contains("W0", "W1", "Indsatser", "2,50", "3,25", "n < 5", "2024");
        }
    }

    @Test
    void the_same_report_gives_the_same_bytes() {
        ReportTexts texts = ReportTexts.of("en");

        byte[] first = new PptxReport().write(ReportFixture.report(texts), texts);
        byte[] again = new PptxReport().write(ReportFixture.report(texts), texts);

        assertThat(again).isEqualTo(first);
    }

    /** Every text of the shapes, groups and tables, as POI reads them back. */
    private static String text(List<XSLFShape> shapes) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : shapes) {
            if (shape instanceof XSLFGroupShape group) {
                text.append(text(group.getShapes()));
            } else if (shape instanceof XSLFTable table) {
                for (XSLFTableRow row : table.getRows()) {
                    row.getCells().forEach(cell -> text.append(cell.getText()).append('\n'));
                }
            } else if (shape instanceof XSLFTextShape box) {
                text.append(box.getText()).append('\n');
            }
        }
        return text.toString();
    }
}
