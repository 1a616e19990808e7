package dk.samspil.ui.web.matrix;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dk.samspil.projections.matrix.MatrixCell;

import java.util.Comparator;
import java.util.List;

/** The matrix's exact numbers, one row per relation, sortable: what a researcher copies from. */
class MatrixGrid extends Grid<MatrixCell> {

    MatrixGrid(List<MatrixCell> cells, MatrixTexts texts) {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(c -> texts.group(c.raterGroup().value())).setKey("rater")
                .setHeader(texts.label("matrix.column.rater")).setSortable(true);
        addColumn(c -> texts.group(c.targetGroup().value())).setKey("target")
                .setHeader(texts.label("matrix.column.target")).setSortable(true);
        addColumn(texts::mean).setKey("mean").setHeader(texts.label("matrix.column.mean"))
                .setComparator(Comparator.comparing(MatrixCell::mean, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(texts::n).setKey("n").setHeader(texts.label("matrix.column.n"))
                // suppressed cells sort together: their order must not hint at the hidden n
                .setComparator(Comparator.comparingInt(c -> c.suppressed() ? 0 : c.n()))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(texts::band).setKey("band").setHeader(texts.label("matrix.column.band"))
                .setPartNameGenerator(c -> c.suppressed() ? "band-suppressed" : "band-" + c.band().key());
        setItems(cells);
        setHeight("28rem");
    }
}
