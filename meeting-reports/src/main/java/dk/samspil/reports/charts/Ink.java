package dk.samspil.reports.charts;

import dk.samspil.domain.instrument.Band;
import dk.samspil.reports.Lines;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** The web views' colours (samspil.css) and the few ways a report's charts put text and hatching on a page. */
final class Ink {

    static final Color TEXT = new Color(0x1f1f1f);
    static final Color GRID = new Color(0xd5d9de);
    static final Color SUPPRESSED = new Color(0xc9ced3);
    static final Color SUPPRESSED_LIGHT = new Color(0xeef0f2);
    static final Color SUPPRESSED_TEXT = new Color(0x2b2b2b);

    /** ECharts' default palette, which the web's network map gives its silos. */
    private static final List<Color> SILOS = List.of(new Color(0x5470c6), new Color(0x91cc75), new Color(0xfac858), new Color(0xee6666),
            new Color(0x73c0de), new Color(0x3ba272), new Color(0xfc8452), new Color(0x9a60b4), new Color(0xea7ccc));

    private Ink() {
    }

    static Color silo(int index) {
        return SILOS.get(index % SILOS.size());
    }

    static Color band(Band band) {
        return switch (band) {
            case HIGH -> new Color(0x2f7d3f);
            case MIDDLE -> new Color(0xf2b233);
            case LOW -> new Color(0xc23b3b);
        };
    }

    static Color onBand(Band band) {
        return band == Band.MIDDLE ? TEXT : Color.WHITE;
    }

    /**
     * Withheld is hatched as on the web (diagonal stripes), so it reads as withheld in black and white too. Each
     * stripe is cut to the box here: a slide's shapes know no clipping.
     */
    static void hatch(Graphics2D g, Rectangle2D box) {
        g.setColor(SUPPRESSED_LIGHT);
        g.fill(box);
        g.setColor(SUPPRESSED);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        double h = box.getHeight();
        for (double x = box.getMinX() - h + 4; x < box.getMaxX(); x += 7) {
            // the stripe from (x, bottom) up to (x + h, top), at 45 degrees, kept within the box's sides
            double fromX = Math.max(x, box.getMinX());
            double toX = Math.min(x + h, box.getMaxX());
            if (toX > fromX) {
                g.draw(new Line2D.Double(fromX, box.getMaxY() - (fromX - x), toX, box.getMaxY() - (toX - x)));
            }
        }
    }

    /** Draws a line of text centred on x with its baseline at y. */
    static void centred(Graphics2D g, String text, double x, double y) {
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float) y);
    }

    /** The words of a text in lines no wider than {@code width} in the current font. */
    static List<String> wrap(Graphics2D g, String text, double width) {
        FontMetrics metrics = g.getFontMetrics();
        return Lines.wrap(text, width, metrics::stringWidth);
    }

    /** Text on a white ground, so it reads where a line passes under it. */
    static void rimmed(Graphics2D g, String text, double x, double y) {
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new Rectangle2D.Double(x - 1.5, y - metrics.getAscent(), metrics.stringWidth(text) + 3, metrics.getAscent() + metrics.getDescent()));
        g.setColor(TEXT);
        g.drawString(text, (float) x, (float) y);
    }

    /** Writes a text in lines no wider than {@code width} from baseline {@code y}; returns the last line's baseline. */
    static double lines(Graphics2D g, String text, double x, double y, double width, double lineHeight) {
        List<String> lines = wrap(g, text, width);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) x, (float) (y + i * lineHeight));
        }
        return y + (lines.size() - 1) * lineHeight;
    }
}
