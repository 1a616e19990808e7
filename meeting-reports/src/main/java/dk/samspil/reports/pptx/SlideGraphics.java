package dk.samspil.reports.pptx;

import org.apache.poi.sl.draw.SLGraphics;
import org.apache.poi.sl.usermodel.GroupShape;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.TextBox;
import org.apache.poi.sl.usermodel.TextRun;
import org.apache.poi.sl.usermodel.VerticalAlignment;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * POI's SLGraphics (Java2D to slide shapes) with text written as drawn: its own drawString formats the run and
 * then sets the text, which in XSLF replaces the run, so size, colour and weight were lost.
 */
final class SlideGraphics extends SLGraphics {

    private final String family;

    SlideGraphics(GroupShape<?, ?> group, String family) {
        super(group);
        this.family = family;
    }

    /** A slide's shapes know no clipping; the charts are laid out to stay in their areas, so asking for it is no warning. */
    @Override
    public void clip(Shape shape) {
    }

    @Override
    public void setClip(Shape shape) {
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
    }

    @Override
    public Shape getClip() {
        return null;
    }

    @Override
    public java.awt.Rectangle getClipBounds() {
        return null;
    }

    /** Shapes on a slide are opaque unless their colour says otherwise; JFreeChart's asking for the composite is no warning. */
    @Override
    public java.awt.Composite getComposite() {
        return java.awt.AlphaComposite.SrcOver;
    }

    @Override
    public void setComposite(java.awt.Composite composite) {
    }

    /** SLGraphics fills turned text's glyph outlines: a number there would be no text on the slide, so the charts draw none. */
    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        throw new IllegalStateException("a chart drew turned text, which a slide would hold as outlines, not text");
    }

    @Override
    public void drawString(String text, float x, float y) {
        TextBox<?, ?> box = getShapeGroup().createTextBox();
        box.setText(text);
        Font font = getFont();
        TextRun run = box.getTextParagraphs().getFirst().getTextRuns().getFirst();
        run.setFontFamily(family);
        run.setFontSize((double) font.getSize2D());
        run.setFontColor(getColor());
        run.setBold(font.isBold());
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.setWordWrap(false);
        box.setVerticalAlignment(VerticalAlignment.TOP);
        // Java2D places text by its baseline, a slide's text box by its top
        TextLayout layout = new TextLayout(text, font, getFontRenderContext());
        Point2D at = getTransform().transform(new Point2D.Double(x, y), null);
        box.setAnchor(new Rectangle2D.Double(at.getX(), at.getY() - layout.getAscent(), layout.getAdvance() + 1,
                layout.getAscent() + layout.getDescent()));
    }
}
