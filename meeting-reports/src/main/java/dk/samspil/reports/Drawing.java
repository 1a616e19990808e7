package dk.samspil.reports;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** A chart drawn with Java2D, so a PDF, a slide and an image get the same vectors. */
@FunctionalInterface
public interface Drawing {

    void draw(Graphics2D g, Rectangle2D area, ReportFonts fonts);
}
