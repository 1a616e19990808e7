package dk.samspil.ui.web.network;

import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.network.SiloLayout;
import dk.samspil.ui.web.chart.Options;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relationskort as an ECharts graph, its groups where {@link SiloLayout} puts them; arrows coloured
 * by band and drawn thicker the more the relation matters; their letters on the arrows only when few are
 * drawn, else on hover.
 */
final class NetworkMap {

    /** Up to this many arrows carry their letter (one group's ties among eight); more would cover each other. */
    static final int LABELLED_EDGES = 14;
    private static final Map<String, Integer> WIDTH_BY_IMPORTANCE = Map.of("high", 6, "middle", 3, "low", 1);

    private NetworkMap() {
    }

    static Map<String, Object> option(List<SiloLayout.Place> nodes, List<NetworkPage.Edge> edges, NetworkTexts texts) {
        List<String> silos = nodes.stream().map(SiloLayout.Place::silo).distinct().toList();
        boolean labelled = edges.size() <= LABELLED_EDGES;
        List<Object> data = nodes.stream().map(n -> (Object) Options.map("name", n.name(), "x", n.x(), "y", n.y(),
                "category", silos.indexOf(n.silo()),
                // a label points away from the map's centre, so it does not lie over the arrows; the centre's sits above it
                "label", Options.map("position", Math.hypot(n.x(), n.y()) < 1 ? "top" : n.x() < -1 ? "left" : "right"),
                "tooltip", Options.map("formatter", texts.label("network.node.tooltip", n.name(), n.silo())))).toList();
        Map<String, SiloLayout.Place> byName = new LinkedHashMap<>();
        nodes.forEach(n -> byName.put(n.name(), n));
        List<Object> links = edges.stream().map(edge -> (Object) link(edge, texts, labelled,
                SiloLayout.curveness(byName.get(texts.rater(edge)), byName.get(texts.target(edge))))).toList();
        return Options.map(
                "aria", Options.map("enabled", true),
                "tooltip", Options.map("trigger", "item"),
                "legend", Options.map("top", 0, "type", "scroll", "data", silos),
                "series", List.of(Options.map(
                        "type", "graph",
                        "layout", "none",
                        "top", 48, "bottom", 24, "left", 210, "right", 210,
                        "roam", true,
                        "symbolSize", 30,
                        "categories", silos.stream().map(s -> (Object) Options.map("name", s)).toList(),
                        // a white rim keeps a name readable where an arrow passes under it
                        "label", Options.map("show", true, "fontSize", 12, "textBorderColor", "#fff", "textBorderWidth", 3),
                        "edgeSymbol", List.of("none", "arrow"),
                        "edgeSymbolSize", List.of(0, 10),
                        "edgeLabel", Options.map("show", labelled, "fontSize", 11),
                        "lineStyle", Options.map("curveness", SiloLayout.CURVENESS, "opacity", 0.85),
                        "emphasis", Options.map("focus", "adjacency", "lineStyle", Options.map("width", 8),
                                "edgeLabel", Options.map("show", true)),
                        "data", data,
                        "links", links)));
    }

    private static Map<String, Object> link(NetworkPage.Edge edge, NetworkTexts texts, boolean labelled, double curveness) {
        MatrixCell cell = edge.cell();
        int width = WIDTH_BY_IMPORTANCE.getOrDefault(edge.importance(), 1) + (edge.weakImportant() ? 2 : 0);
        String colour = Options.bandColour(cell.suppressed() ? "suppressed" : cell.band().key());
        return Options.map(
                "id", edge.id(),
                "source", texts.rater(edge),
                "target", texts.target(edge),
                "value", cell.mean(),
                "lineStyle", Options.map("color", colour, "width", width, "type", edge.weakImportant() ? "dashed" : "solid",
                        "curveness", curveness),
                "label", Options.map("show", labelled, "formatter", texts.edgeLabel(edge),
                        "fontWeight", edge.weakImportant() ? "bold" : "normal"),
                "emphasis", Options.map("label", Options.map("show", true, "formatter", texts.edgeLabel(edge))),
                "tooltip", Options.map("formatter", texts.tooltip(edge)));
    }
}
