package dk.samspil.ui.web.effects;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.List;

/** One line of a result's numbers, as the grid beside each chart lists them. */
record Figure(String key, String name, String value) {

    static Grid<Figure> grid(String id, List<Figure> figures, EffectsTexts texts) {
        Grid<Figure> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Figure::name).setHeader(texts.label("effects.figure")).setFlexGrow(1);
        grid.addColumn(Figure::value).setHeader(texts.label("effects.value")).setFlexGrow(2);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
