package dk.samspil.ui.web.matrix;

import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.studies.StudySummary;

import java.util.List;

/**
 * The heat map's input, sent to the browser as JSON. Every text is already in the page's language,
 * so the web component only draws.
 *
 * @param raters  row labels, top to bottom (the rating groups)
 * @param targets column labels, left to right (the rated groups)
 */
public record HeatmapData(List<String> raters, List<String> targets, List<Cell> cells,
                          String raterAxis, String targetAxis) {

    public HeatmapData {
        raters = List.copyOf(raters);
        targets = List.copyOf(targets);
        cells = List.copyOf(cells);
    }

    /**
     * One drawn cell.
     *
     * @param band   high, middle, low or suppressed: picks the colour and, for suppressed, the hatching
     * @param within whether the group rates itself (the diagonal, which has its own thresholds)
     */
    public record Cell(int rater, int target, String band, boolean within, String label, String tooltip) {
    }

    /** Rows and columns follow the study's groups; groups nobody rated or rated by nobody are still shown. */
    static HeatmapData of(RelationMatrix matrix, List<StudySummary.Named> groups, MatrixTexts texts) {
        List<String> keys = groups.stream().map(StudySummary.Named::key).toList();
        List<String> names = keys.stream().map(texts::group).toList();
        List<Cell> cells = matrix.cells().stream()
                .filter(c -> keys.contains(c.raterGroup().value()) && keys.contains(c.targetGroup().value()))
                .map(c -> new Cell(keys.indexOf(c.raterGroup().value()), keys.indexOf(c.targetGroup().value()),
                        band(c), c.withinGroup(), texts.cellLabel(c), texts.tooltip(c)))
                .toList();
        return new HeatmapData(names, names, cells, texts.label("matrix.axis.rater"), texts.label("matrix.axis.target"));
    }

    private static String band(MatrixCell cell) {
        return cell.suppressed() ? "suppressed" : cell.band().key();
    }
}
