package dk.samspil.reports.charts;

import dk.samspil.domain.instrument.Band;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.reports.Drawing;
import dk.samspil.reports.ReportFonts;
import dk.samspil.reports.ReportTexts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/**
 * The relation matrix as the web shows it: raters down, rated across, each cell in its band's colour with
 * its mean, letter and n; a withheld cell hatched, saying why and never its value.
 *
 * @param groups the study's groups in its order: the rows and the columns
 */
public record HeatMap(List<Group> groups, RelationMatrix matrix, ReportTexts texts) implements Drawing {

    /** A group's key and the name it is shown by. */
    public record Group(GroupKey key, String name) {
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ReportFonts fonts) {
        int count = groups.size();
        float size = (float) Math.max(7, Math.min(11, area.getHeight() / (count + 2) / 3.2));
        g.setFont(fonts.regular(size));
        double rowHeader = Math.min(area.getWidth() * 0.24, groups.stream().mapToInt(gr -> g.getFontMetrics().stringWidth(gr.name())).max()
                .orElse(0) + 12.0);
        double columnHeader = size * 4;
        double cellWidth = (area.getWidth() - rowHeader) / count;
        double cellHeight = Math.min((area.getHeight() - columnHeader - size * 2) / count, cellWidth * 0.8);
        double left = area.getX() + rowHeader;
        double top = area.getY() + size * 1.5 + columnHeader;

        g.setColor(Ink.TEXT);
        g.setFont(fonts.bold(size));
        g.drawString(texts.text("matrix.axes"), (float) area.getX(), (float) (area.getY() + size));
        for (int c = 0; c < count; c++) {
            g.setFont(fonts.regular(size));
            List<String> lines = Ink.wrap(g, groups.get(c).name(), cellWidth - 4);
            double y = top - 4 - (lines.size() - 1) * size * 1.15;
            for (String line : lines) {
                Ink.centred(g, line, left + (c + 0.5) * cellWidth, y);
                y += size * 1.15;
            }
        }
        for (int r = 0; r < count; r++) {
            g.setColor(Ink.TEXT);
            g.setFont(fonts.regular(size));
            g.drawString(groups.get(r).name(), (float) area.getX(), (float) (top + (r + 0.5) * cellHeight + size * 0.35));
            for (int c = 0; c < count; c++) {
                Rectangle2D box = new Rectangle2D.Double(left + c * cellWidth, top + r * cellHeight, cellWidth, cellHeight);
                cell(g, box, matrix.cell(groups.get(r).key(), groups.get(c).key()), fonts, size);
            }
        }
    }

    private void cell(Graphics2D g, Rectangle2D box, Optional<MatrixCell> found, ReportFonts fonts, float size) {
        double x = box.getCenterX();
        double y = box.getCenterY();
        if (found.isEmpty() || found.get().n() == 0) {
            g.setColor(Ink.GRID);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(box);
            return;
        }
        MatrixCell cell = found.get();
        if (cell.suppressed() || cell.mean() == null || cell.band() == null) {
            Ink.hatch(g, box);
            g.setColor(Ink.SUPPRESSED_TEXT);
            g.setFont(fonts.regular(size));
            // below k says only that; a cell of k or more withheld to protect another says it was withheld
            Ink.centred(g, cell.n() < matrix.k() ? texts.text("cell.belowK", Integer.toString(matrix.k())) : texts.text("cell.withheld"),
                    x, y + size * 0.35);
        } else {
            Band band = cell.band();
            g.setColor(Ink.band(band));
            g.fill(box);
            g.setColor(Ink.onBand(band));
            g.setFont(fonts.bold(size * 1.1f));
            Ink.centred(g, texts.mean(cell.mean()) + " " + texts.text("band.letter." + band.key()), x, y);
            g.setFont(fonts.regular(size * 0.9f));
            Ink.centred(g, "n = " + cell.n(), x, y + size * 1.2);
        }
        g.setColor(java.awt.Color.WHITE);
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
    }
}
