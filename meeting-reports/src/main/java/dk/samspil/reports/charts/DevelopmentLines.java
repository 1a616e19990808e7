package dk.samspil.reports.charts;

import dk.samspil.reports.Drawing;
import dk.samspil.reports.ReportFonts;
import dk.samspil.reports.ReportTexts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Development over waves (JFreeChart), two panels side by side: how each group rates the others (given) and
 * how the others rate it (received), a line per group told apart by colour and by marker, so also in black and
 * white; a withheld mean leaves a gap.
 *
 * @param waves  the waves' labels, in order
 * @param groups each group's name and its given and received means per wave (null where withheld)
 */
public record DevelopmentLines(List<String> waves, List<Group> groups, ReportTexts texts) implements Drawing {

    /** A group's name and its two series, one value per wave. */
    public record Group(String name, List<Double> given, List<Double> received) {
    }

    private static final Color[] COLOURS = {new Color(0x1f4e8c), new Color(0xc23b3b), new Color(0x2f7d3f), new Color(0xb07a00),
            new Color(0x6a3d9a), new Color(0x17808a), new Color(0x8c564b), new Color(0x555555)};

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ReportFonts fonts) {
        double half = area.getWidth() / 2;
        chart(texts.text("development.given"), true, fonts).draw(g, new Rectangle2D.Double(area.getX(), area.getY(), half - 6, area.getHeight()));
        chart(texts.text("development.received"), false, fonts).draw(g, new Rectangle2D.Double(area.getX() + half + 6, area.getY(), half - 6,
                area.getHeight()));
    }

    private JFreeChart chart(String title, boolean given, ReportFonts fonts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Group group : groups) {
            List<Double> values = given ? group.given() : group.received();
            for (int w = 0; w < waves.size(); w++) {
                data.addValue(values.get(w), group.name(), waves.get(w));
            }
        }
        CategoryAxis waveAxis = new CategoryAxis();
        // a wave's name on up to three lines under its point, so "Måling efter 12 måneder" is read whole
        waveAxis.setTickLabelFont(fonts.regular(7.5f));
        waveAxis.setMaximumCategoryLabelLines(3);
        // no axis label: it would be drawn turned, as outlines on a slide; the panel's title names the scale
        NumberAxis scale = new NumberAxis();
        scale.setAutoRangeIncludesZero(false);
        // ticks as fine as the range needs, written as the report's language writes numbers
        scale.setStandardTickUnits(NumberAxis.createStandardTickUnits(texts.locale()));
        scale.setTickLabelFont(fonts.regular(8.5f));
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        Shape[] shapes = {ShapeUtils.createDiamond(4), new Rectangle2D.Double(-3.5, -3.5, 7, 7), ShapeUtils.createUpTriangle(4),
                new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7), ShapeUtils.createDownTriangle(4), ShapeUtils.createDiagonalCross(4, 1),
                ShapeUtils.createRegularCross(4, 1), new Rectangle2D.Double(-2, -4, 4, 8)};
        for (int s = 0; s < groups.size(); s++) {
            lines.setSeriesPaint(s, COLOURS[s % COLOURS.length]);
            lines.setSeriesShape(s, shapes[s % shapes.length]);
            lines.setSeriesStroke(s, new BasicStroke(1.6f));
        }
        CategoryPlot plot = new CategoryPlot(data, waveAxis, scale, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Ink.GRID);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, fonts.bold(10), plot, true);
        chart.setTitle(new TextTitle(title, fonts.bold(10)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(fonts.regular(8));
        return chart;
    }
}
