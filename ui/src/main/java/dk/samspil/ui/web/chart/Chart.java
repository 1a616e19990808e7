package dk.samspil.ui.web.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A chart drawn by Apache ECharts (frontend/samspil-chart.ts) from an option built on the server as
 * maps and lists. Tests read {@link #option()} to see what is drawn; a click on a data item with an
 * {@code id} reaches {@link #onClick} listeners.
 */
@Tag("samspil-chart")
@JsModule("./samspil-chart.ts")
@NpmPackage(value = "echarts", version = "6.1.0")
public class Chart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Consumer<String>> clickListeners = new ArrayList<>();
    private Map<String, Object> option = Map.of();

    /** @param description what the chart shows, for screen readers (the numbers are beside it in a table) */
    public Chart(String description, String height) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        setWidthFull();
        setHeight(height);
        getElement().addEventListener("chart-click", event -> click(event.getEventData().get("event.detail.id").asString()))
                .addEventData("event.detail.id");
    }

    public Chart option(Map<String, Object> option) {
        this.option = option;
        // the element draws month names, screen-reader sentences and decimal marks in the page's language
        Map<String, Object> sent = new java.util.LinkedHashMap<>(option);
        sent.put("samspilLocale", getLocale().getLanguage());
        try {
            getElement().setProperty("option", JSON.writeValueAsString(sent));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a chart option must be plain maps, lists, strings and numbers", e);
        }
        return this;
    }

    public Map<String, Object> option() {
        return option;
    }

    public Registration onClick(Consumer<String> listener) {
        clickListeners.add(listener);
        return () -> clickListeners.remove(listener);
    }

    /** What a click on the data item with this id does; tests call it as the browser would. */
    public void click(String id) {
        List.copyOf(clickListeners).forEach(listener -> listener.accept(id));
    }
}
