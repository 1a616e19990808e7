package dk.samspil.reports.charts;

import dk.samspil.reports.Drawing;
import dk.samspil.reports.ReportFonts;
import dk.samspil.reports.ReportTexts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The study's months on one axis: a lane each for the waves, the interventions, the organisational changes and the
 * milestones, their marks numbered (the page's table says what each is) and pushed to a row of their own rather than
 * over each other; below, on its own scale, the citizen outcome per period, a withheld period hatched, and a line at
 * each intervention's start through it.
 *
 * @param outcome null when the study measures no citizen outcome
 */
public record TimelineDrawing(LocalDate from, LocalDate to, List<Lane> lanes, Outcome outcome, ReportTexts texts) implements Drawing {

    private static final Color WAVE = new Color(0x1f4e8c);
    private static final Color OUTCOME = new Color(0x4a6fa5);
    private static final double ROW = 15;

    /** A lane's name and its marks; the marks of the starts lane ({@code starts}) also mark the outcome panel. */
    public record Lane(String name, List<Mark> marks, boolean starts) {
    }

    /**
     * @param label its number, or a short name that says it all (a wave's)
     * @param until null for a single day
     */
    public record Mark(String label, LocalDate on, LocalDate until) {
    }

    /** @param bars one per period, in order */
    public record Outcome(String heading, List<Bar> bars) {
    }

    /** @param mean null when withheld; {@code label} then says why */
    public record Bar(LocalDate from, LocalDate to, Double mean, String label) {
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ReportFonts fonts) {
        float size = 8.5f;
        double gutter = 118;
        double left = area.getX() + gutter;
        double width = area.getWidth() - gutter - 6;
        Axis axis = new Axis(from, to, left, width);
        double y = area.getY();
        g.setFont(fonts.regular(size));
        for (Lane lane : lanes) {
            y = lane(g, lane, axis, area.getX(), y, fonts, size);
        }
        y += 4;
        ticks(g, axis, y, fonts, size);
        y += size * 2.4;
        if (outcome != null) {
            double bottom = area.getMaxY() - size * 2.4;
            outcomePanel(g, axis, new Rectangle2D.Double(left, y + size * 1.6, width, bottom - y - size * 1.6), area.getX(), fonts, size);
            ticks(g, axis, bottom, fonts, size);
        }
    }

    /** Where a day falls across the page. */
    private record Axis(LocalDate from, LocalDate to, double left, double width) {
        double x(LocalDate day) {
            double span = Math.max(1, to.toEpochDay() - from.toEpochDay());
            return left + width * (day.toEpochDay() - from.toEpochDay()) / span;
        }
    }

    private double lane(Graphics2D g, Lane lane, Axis axis, double x0, double top, ReportFonts fonts, float size) {
        // each mark in the first row where it and its label clear those already there
        List<Double> rowEnds = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        List<Double> labelAt = new ArrayList<>();
        double right = axis.left() + axis.width();
        g.setFont(fonts.regular(size));
        for (Mark mark : lane.marks()) {
            double start = axis.x(mark.on());
            double end = mark.until() == null ? start + 5 : Math.max(start + 3, axis.x(mark.until()));
            double width = g.getFontMetrics().stringWidth(mark.label());
            double after = mark.until() == null ? start + 7 : end + 3;
            // inside a span it fits in, else after the mark, else before it where the axis ends too soon
            double at = mark.until() != null && end - start > width + 6 ? start + 3
                    : after + width <= right ? after : (mark.until() == null ? start - 7 : start - 3) - width;
            double from = Math.min(start - 5, at);
            double to = Math.max(end, at + width);
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > from - 2) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(to);
            } else {
                rowEnds.set(row, to);
            }
            rowOf.add(row);
            labelAt.add(at);
        }
        g.setFont(fonts.bold(size));
        int nameLines = Ink.wrap(g, lane.name(), axis.left() - x0 - 6).size();
        double height = Math.max(Math.max(1, rowEnds.size()) * ROW + 4, nameLines * size * 1.15 + 6);
        g.setColor(new Color(0xf4f6f8));
        g.fill(new Rectangle2D.Double(axis.left(), top, axis.width(), height));
        g.setColor(Ink.TEXT);
        g.setFont(fonts.bold(size));
        Ink.lines(g, lane.name(), x0, top + size + 2, axis.left() - x0 - 6, size * 1.15);
        g.setFont(fonts.regular(size));
        for (int i = 0; i < lane.marks().size(); i++) {
            Mark mark = lane.marks().get(i);
            double y = top + 2 + rowOf.get(i) * ROW;
            double start = axis.x(mark.on());
            if (mark.until() != null) {
                double end = Math.max(start + 3, axis.x(mark.until()));
                g.setColor(lane.starts() ? OUTCOME : WAVE);
                g.fill(new RoundRectangle2D.Double(start, y + 2, end - start, ROW - 4, 4, 4));
                boolean inside = labelAt.get(i) > start && labelAt.get(i) < end;
                g.setColor(inside ? Color.WHITE : Ink.TEXT);
            } else {
                Path2D diamond = new Path2D.Double();
                diamond.moveTo(start, y + 2);
                diamond.lineTo(start + 5, y + ROW / 2);
                diamond.lineTo(start, y + ROW - 2);
                diamond.lineTo(start - 5, y + ROW / 2);
                diamond.closePath();
                g.setColor(Ink.TEXT);
                g.fill(diamond);
            }
            g.drawString(mark.label(), labelAt.get(i).floatValue(), (float) (y + ROW - 4));
        }
        return top + height + 3;
    }

    private void ticks(Graphics2D g, Axis axis, double y, ReportFonts fonts, float size) {
        g.setColor(Ink.TEXT);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(axis.left(), y, axis.left() + axis.width(), y));
        g.setFont(fonts.regular(size));
        // a tick each quarter, the year written at its first
        for (LocalDate day = from.withDayOfMonth(1).withMonth((from.getMonthValue() - 1) / 3 * 3 + 1); !day.isAfter(to); day = day.plusMonths(3)) {
            if (day.isBefore(from)) {
                continue;
            }
            double x = axis.x(day);
            boolean year = day.getMonthValue() == 1;
            g.draw(new Line2D.Double(x, y, x, y + (year ? 5 : 3)));
            String label = Integer.toString(day.getYear());
            // a year's label that would run past the axis's end is left out
            if ((year || day.equals(from)) && x + 2 + g.getFontMetrics().stringWidth(label) <= axis.left() + axis.width()) {
                g.drawString(label, (float) (x + 2), (float) (y + size + 3));
            }
        }
    }

    private void outcomePanel(Graphics2D g, Axis axis, Rectangle2D panel, double x0, ReportFonts fonts, float size) {
        g.setColor(Ink.TEXT);
        g.setFont(fonts.bold(size));
        Ink.lines(g, outcome.heading(), x0, panel.getY() - size * 0.6, panel.getWidth() + panel.getX() - x0, size * 1.15);
        double max = outcome.bars().stream().filter(b -> b.mean() != null).mapToDouble(Bar::mean).max().orElse(1);
        double step = niceStep(Math.max(max, 1e-9) / 4);
        double top = Math.ceil(max * 1.12 / step) * step;
        g.setFont(fonts.regular(size));
        for (double tick = 0; tick <= top + 1e-9; tick += step) {
            double y = panel.getMaxY() - panel.getHeight() * tick / top;
            g.setColor(Ink.GRID);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new Line2D.Double(panel.getX(), y, panel.getMaxX(), y));
            g.setColor(Ink.TEXT);
            String label = texts.numbers(step < 1 ? 2 : 0).format(tick);
            g.drawString(label, (float) (panel.getX() - 4 - g.getFontMetrics().stringWidth(label)), (float) (y + size * 0.35));
        }
        for (Bar bar : outcome.bars()) {
            double x1 = axis.x(bar.from()) + 1;
            double x2 = Math.max(x1 + 2, axis.x(bar.to()) - 1);
            if (bar.mean() == null) {
                Ink.hatch(g, new Rectangle2D.Double(x1, panel.getMaxY() - panel.getHeight() * 0.35, x2 - x1, panel.getHeight() * 0.35));
            } else {
                double height = panel.getHeight() * bar.mean() / top;
                g.setColor(OUTCOME);
                g.fill(new Rectangle2D.Double(x1, panel.getMaxY() - height, x2 - x1, height));
            }
        }
        // the starts through the bars, their numbers in the lane above; the bars' figures over them
        g.setColor(Ink.TEXT);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
        lanes.stream().filter(Lane::starts).flatMap(l -> l.marks().stream())
                .forEach(mark -> g.draw(new Line2D.Double(axis.x(mark.on()), panel.getY(), axis.x(mark.on()), panel.getMaxY())));
        for (Bar bar : outcome.bars()) {
            double x1 = axis.x(bar.from()) + 1;
            double x2 = Math.max(x1 + 2, axis.x(bar.to()) - 1);
            double height = panel.getHeight() * (bar.mean() == null ? 0.35 : bar.mean() / top);
            double width = g.getFontMetrics().stringWidth(bar.label());
            if (width < x2 - x1 + 6) {
                Ink.rimmed(g, bar.label(), (x1 + x2 - width) / 2, panel.getMaxY() - height - 3);
            }
        }
    }

    /** 1, 2 or 5 times a power of ten: the step of an axis's ticks that reads at once. */
    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }
}
