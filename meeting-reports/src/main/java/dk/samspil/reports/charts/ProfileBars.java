package dk.samspil.reports.charts;

import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.reports.Drawing;
import dk.samspil.reports.ReportFonts;
import dk.samspil.reports.ReportTexts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The dimension profile (JFreeChart): each item's mean on the 1–5 scale, a bar per wave, darker the later the
 * wave, so the waves tell apart in black and white; a withheld mean has no bar and its value is written nowhere.
 *
 * @param waves each wave's label and its profile, in the study's order
 */
public record ProfileBars(List<Wave> waves, ReportTexts texts) implements Drawing {

    /** A wave's label and the profile of its answers. */
    public record Wave(String label, DimensionProfile profile) {
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ReportFonts fonts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Wave wave : waves) {
            for (DimensionProfile.ItemMean item : wave.profile().items()) {
                String label = texts.language().equals("da") ? item.labelDa() : item.labelEn();
                data.addValue(item.suppressed() ? null : item.mean(), wave.label(), label);
            }
        }
        CategoryAxis items = new CategoryAxis();
        items.setTickLabelFont(fonts.regular(9));
        items.setMaximumCategoryLabelLines(3);
        NumberAxis scale = new NumberAxis(texts.text("profile.axis"));
        scale.setRange(1, 5);
        scale.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1, texts.numbers(0)));
        scale.setLabelFont(fonts.regular(9));
        scale.setTickLabelFont(fonts.regular(9));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.04);
        for (int w = 0; w < waves.size(); w++) {
            bars.setSeriesPaint(w, shade(w, waves.size()));
        }
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", texts.numbers(2)));
        bars.setDefaultItemLabelFont(fonts.regular(7.5f));
        bars.setDefaultItemLabelsVisible(true);
        // beside the end of its bar, not over the next one
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        CategoryPlot plot = new CategoryPlot(data, items, scale, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Ink.GRID);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, fonts.regular(10), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(fonts.regular(9));
        chart.draw(g, area);
    }

    /** From a light to a dark blue: the first wave lightest. */
    private static Color shade(int wave, int waves) {
        float t = waves == 1 ? 1 : (float) wave / (waves - 1);
        return new Color(Math.round(0xb6 - t * (0xb6 - 0x1f)), Math.round(0xd4 - t * (0xd4 - 0x4e)), Math.round(0xee - t * (0xee - 0x8c)));
    }
}
