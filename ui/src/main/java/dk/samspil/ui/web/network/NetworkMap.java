package dk.samspil.ui.web.network;

import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.chart.Options;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relationskort as an ECharts graph: each silo (søjle) of the organisation a cluster of its groups
 * around a circle, so ties within a silo sit close and those across silos span the map; arrows coloured
 * by band and drawn thicker the more the relation matters; their letters on the arrows only when few are
 * drawn, else on hover.
 */
final class NetworkMap {

    /** Up to this many arrows carry their letter (one group's ties among eight); more would cover each other. */
    static final int LABELLED_EDGES = 14;
    private static final Map<String, Integer> WIDTH_BY_IMPORTANCE = Map.of("high", 6, "middle", 3, "low", 1);
    /** The silos' circle and each silo's own, in the graph's units (ECharts scales them to the chart). */
    private static final double SILO_RADIUS = 100;
    private static final double GROUP_RADIUS = 34;
    /** How far, in the graph's units, an arrow bends at least: the two arrows between close groups, and their letters, keep apart. */
    private static final double LEAST_BEND = 24;
    private static final double CURVENESS = 0.2;

    private NetworkMap() {
    }

    /** A group's place and silo. */
    record Node(String key, String name, String silo, double x, double y) {
    }

    /**
     * One group's ties: that group in the centre and the others on a circle around it in their silos' order, so
     * every tie is as long as the others and their letters spread round it instead of crowding at one end.
     */
    static List<Node> egoLayout(StudySummary study, String none, String ego) {
        List<Node> around = layout(study, none).stream().filter(n -> !n.key().equals(ego)).toList();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < around.size(); i++) {
            // half a step off the vertical, so no tie runs straight up through the centre's name
            double angle = 2 * Math.PI * (i + 0.5) / around.size() - Math.PI / 2;
            Node n = around.get(i);
            nodes.add(new Node(n.key(), n.name(), n.silo(), SILO_RADIUS * Math.cos(angle), SILO_RADIUS * Math.sin(angle)));
        }
        layout(study, none).stream().filter(n -> n.key().equals(ego)).findFirst()
                .ifPresent(n -> nodes.add(new Node(n.key(), n.name(), n.silo(), 0, 0)));
        return nodes;
    }

    /** Silos in the order their first group appears; groups placed in none form a silo of their own, named {@code none}. */
    static List<Node> layout(StudySummary study, String none) {
        Map<String, List<StudySummary.Named>> bySilo = new LinkedHashMap<>();
        for (StudySummary.Named group : study.groups()) {
            bySilo.computeIfAbsent(study.silo(group.key()).orElse(none), s -> new ArrayList<>()).add(group);
        }
        List<Node> nodes = new ArrayList<>();
        int silos = bySilo.size();
        int s = 0;
        for (Map.Entry<String, List<StudySummary.Named>> silo : bySilo.entrySet()) {
            // one silo: its groups on the big circle; several: each silo's centre on it, its groups close around it
            double angle = 2 * Math.PI * s++ / silos - Math.PI / 2;
            double cx = silos == 1 ? 0 : SILO_RADIUS * Math.cos(angle);
            double cy = silos == 1 ? 0 : SILO_RADIUS * Math.sin(angle);
            double radius = silos == 1 ? SILO_RADIUS : GROUP_RADIUS;
            List<StudySummary.Named> groups = silo.getValue();
            for (int g = 0; g < groups.size(); g++) {
                double a = angle + 2 * Math.PI * g / groups.size();
                double r = groups.size() == 1 ? 0 : radius;
                nodes.add(new Node(groups.get(g).key(), groups.get(g).name(), silo.getKey(), cx + r * Math.cos(a), cy + r * Math.sin(a)));
            }
        }
        return nodes;
    }

    static Map<String, Object> option(List<Node> nodes, List<NetworkPage.Edge> edges, NetworkTexts texts) {
        List<String> silos = nodes.stream().map(Node::silo).distinct().toList();
        boolean labelled = edges.size() <= LABELLED_EDGES;
        List<Object> data = nodes.stream().map(n -> (Object) Options.map("name", n.name(), "x", n.x(), "y", n.y(),
                "category", silos.indexOf(n.silo()),
                // a label points away from the map's centre, so it does not lie over the arrows; the centre's sits above it
                "label", Options.map("position", Math.hypot(n.x(), n.y()) < 1 ? "top" : n.x() < -1 ? "left" : "right"),
                "tooltip", Options.map("formatter", texts.label("network.node.tooltip", n.name(), n.silo())))).toList();
        Map<String, Node> byName = new LinkedHashMap<>();
        nodes.forEach(n -> byName.put(n.name(), n));
        List<Object> links = edges.stream().map(edge -> (Object) link(edge, texts, labelled,
                curveness(byName.get(texts.rater(edge)), byName.get(texts.target(edge))))).toList();
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
                        "lineStyle", Options.map("curveness", CURVENESS, "opacity", 0.85),
                        "emphasis", Options.map("focus", "adjacency", "lineStyle", Options.map("width", 8),
                                "edgeLabel", Options.map("show", true)),
                        "data", data,
                        "links", links)));
    }

    /** A short arrow bends more, so it stands as far from its return arrow as a long one does. */
    static double curveness(Node from, Node to) {
        double length = Math.hypot(to.x() - from.x(), to.y() - from.y());
        return length == 0 ? CURVENESS : Math.max(CURVENESS, Math.min(0.6, LEAST_BEND / length));
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
