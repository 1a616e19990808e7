package dk.samspil.reports.charts;

import dk.samspil.domain.instrument.Band;
import dk.samspil.projections.network.SiloLayout;
import dk.samspil.reports.Drawing;
import dk.samspil.reports.ReportFonts;
import dk.samspil.reports.ReportTexts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The relationskort as the web draws it: groups where {@link SiloLayout} puts them, coloured by silo; arrows
 * coloured by band, thicker the more the relation matters, dashed when it is weak but important, those
 * carrying their band's letter and mean so the map reads in black and white too.
 *
 * @param places the groups' places, in the map's units
 */
public record NetworkDrawing(List<SiloLayout.Place> places, List<Arrow> arrows, ReportTexts texts) implements Drawing {

    private static final Map<String, Float> WIDTH_BY_IMPORTANCE = Map.of("high", 4f, "middle", 2.2f, "low", 1f);
    private static final double NODE = 7;

    /**
     * One directed relation drawn.
     *
     * @param band       null when its cell is withheld
     * @param importance the relationship map's high, middle or low; null when the map says nothing of it
     * @param label      written on the arrow (its mean and letter), or null
     */
    public record Arrow(String from, String to, Band band, String importance, boolean weakImportant, String label) {
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ReportFonts fonts) {
        float size = 9;
        double legendWidth = Math.min(190, area.getWidth() * 0.3);
        Rectangle2D map = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth() - legendWidth, area.getHeight());
        double extent = places.stream().mapToDouble(p -> Math.max(Math.abs(p.x()), Math.abs(p.y()))).max().orElse(1) + 10;
        // names stand beside their group, so the map keeps room for them left and right
        double scale = Math.min((map.getWidth() - 260) / (2 * extent), (map.getHeight() - 30) / (2 * extent));
        Map<String, Point2D> at = places.stream().collect(Collectors.toMap(SiloLayout.Place::key,
                p -> new Point2D.Double(map.getCenterX() + p.x() * scale, map.getCenterY() + p.y() * scale)));
        Map<String, SiloLayout.Place> byKey = places.stream().collect(Collectors.toMap(SiloLayout.Place::key, Function.identity()));
        List<String> silos = places.stream().map(SiloLayout.Place::silo).distinct().toList();

        // every arrow before any figure on one, so no arrow runs over a figure
        for (boolean labels : new boolean[] {false, true}) {
            for (Arrow arrow : arrows) {
                arrow(g, arrow, at.get(arrow.from()), at.get(arrow.to()),
                        SiloLayout.curveness(byKey.get(arrow.from()), byKey.get(arrow.to())), labels, fonts, size);
            }
        }
        for (SiloLayout.Place place : places) {
            Point2D p = at.get(place.key());
            g.setColor(Ink.silo(silos.indexOf(place.silo())));
            g.fill(new Ellipse2D.Double(p.getX() - NODE, p.getY() - NODE, 2 * NODE, 2 * NODE));
            g.setColor(Ink.TEXT);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(new Ellipse2D.Double(p.getX() - NODE, p.getY() - NODE, 2 * NODE, 2 * NODE));
            g.setFont(fonts.bold(size));
            // a name points away from the map's centre, so it does not lie over the arrows
            double width = g.getFontMetrics().stringWidth(place.name());
            double x = Math.abs(place.x()) < 1 ? p.getX() - width / 2 : place.x() < 0 ? p.getX() - NODE - 4 - width : p.getX() + NODE + 4;
            double y = Math.abs(place.x()) < 1 ? p.getY() - NODE - 4 : p.getY() + size * 0.35;
            Ink.rimmed(g, place.name(), x, y);
        }
        legend(g, new Rectangle2D.Double(map.getMaxX() + 8, area.getY(), legendWidth - 8, area.getHeight()), silos, fonts, size);
    }

    /** The arrow, or with {@code label} its figure only. */
    private void arrow(Graphics2D g, Arrow arrow, Point2D from, Point2D to, double curveness, boolean label, ReportFonts fonts, float size) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double length = Math.hypot(dx, dy);
        // the bend to the arrow's right, as ECharts bends it, so an arrow and its return arrow part
        Point2D control = new Point2D.Double((from.getX() + to.getX()) / 2 - dy * curveness, (from.getY() + to.getY()) / 2 + dx * curveness);
        Point2D start = towards(from, control, NODE + 1);
        Point2D end = towards(to, control, NODE + 3);
        if (label) {
            if (arrow.label() != null && length > 0) {
                // the curve's middle lies halfway between the chord's middle and the control point
                double mx = ((from.getX() + to.getX()) / 2 + control.getX()) / 2;
                double my = ((from.getY() + to.getY()) / 2 + control.getY()) / 2;
                g.setFont(fonts.bold(size * 0.9f));
                double w = g.getFontMetrics().stringWidth(arrow.label());
                Ink.rimmed(g, arrow.label(), mx - w / 2, my + size * 0.3);
            }
            return;
        }
        float width = WIDTH_BY_IMPORTANCE.getOrDefault(arrow.importance(), 1f) + (arrow.weakImportant() ? 1f : 0f);
        Color colour = arrow.band() == null ? Ink.SUPPRESSED : Ink.band(arrow.band());
        g.setColor(colour);
        g.setStroke(arrow.weakImportant() ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 3f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        // the same curve as a cubic one: slides' shapes hold cubic Béziers (POI's schemas carry no quadratic ones)
        g.draw(new CubicCurve2D.Double(start.getX(), start.getY(), start.getX() + 2 * (control.getX() - start.getX()) / 3,
                start.getY() + 2 * (control.getY() - start.getY()) / 3, end.getX() + 2 * (control.getX() - end.getX()) / 3,
                end.getY() + 2 * (control.getY() - end.getY()) / 3, end.getX(), end.getY()));
        head(g, control, end, 5 + width);
    }

    /** The point {@code distance} from {@code p} on the way to {@code towards}. */
    private static Point2D towards(Point2D p, Point2D towards, double distance) {
        double dx = towards.getX() - p.getX();
        double dy = towards.getY() - p.getY();
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        return new Point2D.Double(p.getX() + dx / length * distance, p.getY() + dy / length * distance);
    }

    private static void head(Graphics2D g, Point2D from, Point2D tip, double size) {
        double angle = Math.atan2(tip.getY() - from.getY(), tip.getX() - from.getX());
        Path2D head = new Path2D.Double();
        head.moveTo(tip.getX(), tip.getY());
        head.lineTo(tip.getX() - size * Math.cos(angle - 0.4), tip.getY() - size * Math.sin(angle - 0.4));
        head.lineTo(tip.getX() - size * Math.cos(angle + 0.4), tip.getY() - size * Math.sin(angle + 0.4));
        head.closePath();
        g.setStroke(new BasicStroke(0.5f));
        g.fill(head);
    }

    private void legend(Graphics2D g, Rectangle2D box, List<String> silos, ReportFonts fonts, float size) {
        double y = box.getY() + size;
        g.setFont(fonts.bold(size));
        g.setColor(Ink.TEXT);
        g.drawString(texts.text("network.silos"), (float) box.getX(), (float) y);
        g.setFont(fonts.regular(size));
        for (int s = 0; s < silos.size(); s++) {
            y += size * 1.6;
            g.setColor(Ink.silo(s));
            g.fill(new Ellipse2D.Double(box.getX(), y - size * 0.8, size, size));
            g.setColor(Ink.TEXT);
            y = Ink.lines(g, silos.get(s), box.getX() + size * 1.5, y, box.getWidth() - size * 1.5, size * 1.2);
        }
        y += size * 2;
        g.setFont(fonts.bold(size));
        g.drawString(texts.text("network.arrows"), (float) box.getX(), (float) y);
        g.setFont(fonts.regular(size));
        for (Band band : List.of(Band.HIGH, Band.MIDDLE, Band.LOW)) {
            y += size * 1.6;
            sample(g, box.getX(), y, Ink.band(band), new BasicStroke(2.2f));
            g.setColor(Ink.TEXT);
            g.drawString(texts.text("network.band." + band.key()), (float) (box.getX() + 28), (float) y);
        }
        y += size * 1.6;
        sample(g, box.getX(), y, Ink.TEXT, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 3f}, 0f));
        g.setColor(Ink.TEXT);
        y = Ink.lines(g, texts.text("network.weakImportant"), box.getX() + 28, y, box.getWidth() - 28, size * 1.2);
        y += size * 1.6;
        Ink.lines(g, texts.text("network.width"), box.getX(), y, box.getWidth(), size * 1.2);
    }

    private static void sample(Graphics2D g, double x, double y, Color colour, BasicStroke stroke) {
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(new java.awt.geom.Line2D.Double(x, y - 3, x + 22, y - 3));
    }
}
