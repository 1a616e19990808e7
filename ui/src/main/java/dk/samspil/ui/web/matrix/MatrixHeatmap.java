package dk.samspil.ui.web.matrix;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The relation matrix drawn as a colour-coded heat map by Apache ECharts (frontend/samspil-heatmap.ts); cells can be clicked. */
@Tag("samspil-heatmap")
@JsModule("./samspil-heatmap.ts")
@NpmPackage(value = "echarts", version = "6.1.0")
public class MatrixHeatmap extends Component implements HasSize {

    /** Height per matrix row; the axes take the rest. */
    private static final int ROW_HEIGHT_PX = 56;
    private static final int AXES_HEIGHT_PX = 150;

    private final HeatmapData data;
    private final List<BiConsumer<Integer, Integer>> cellListeners = new ArrayList<>();

    public MatrixHeatmap(HeatmapData data, String description) {
        this.data = data;
        getElement().addEventListener("cell-click", event -> clickCell(event.getEventData().get("event.detail.rater").asInt(),
                        event.getEventData().get("event.detail.target").asInt()))
                .addEventData("event.detail.rater").addEventData("event.detail.target");
        getElement().setPropertyBean("data", data);
        // the chart is a picture to screen readers; the table below it carries the numbers
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        setWidthFull();
        setHeight(AXES_HEIGHT_PX + ROW_HEIGHT_PX * Math.max(1, data.raters().size()) + "px");
    }

    public HeatmapData data() {
        return data;
    }

    /** @param listener gets the row (rating group) and column (rated group) index of a clicked cell */
    public Registration onCellClick(BiConsumer<Integer, Integer> listener) {
        cellListeners.add(listener);
        return () -> cellListeners.remove(listener);
    }

    /** What a click on a cell does; tests call it as the browser would. */
    public void clickCell(int rater, int target) {
        List.copyOf(cellListeners).forEach(listener -> listener.accept(rater, target));
    }
}
