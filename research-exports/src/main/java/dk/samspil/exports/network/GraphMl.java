package dk.samspil.exports.network;

import dk.samspil.domain.study.Importance;

import java.util.List;
import java.util.Optional;

/** One wave as a directed GraphML graph; suppressed and unrated relations are not edges. */
final class GraphMl {

    private GraphMl() {
    }

    static String write(RelationNetworks networks, RelationNetworks.WaveCells wave) {
        RelationNetworks.Wave w = wave.wave();
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
                .append(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        b.append("  <desc>").append(Text.xml(description(networks, w))).append("</desc>\n");
        key(b, "key", "node", "string");
        key(b, "name", "node", "string");
        key(b, "mean", "edge", "double");
        key(b, "n", "edge", "int");
        key(b, "band", "edge", "string");
        key(b, "importance", "edge", "string");
        key(b, "tie", "edge", "int");
        b.append("  <graph id=\"").append(w.key().value()).append("\" edgedefault=\"directed\">\n");
        for (RelationNetworks.Group group : networks.groups()) {
            b.append("    <node id=\"").append(group.key().value()).append("\">\n");
            data(b, "key", group.key().value());
            data(b, "name", group.name());
            b.append("    </node>\n");
        }
        List<RelationNetworks.Cell> edges = networks.edges(wave);
        for (int i = 0; i < edges.size(); i++) {
            RelationNetworks.Cell cell = edges.get(i);
            b.append("    <edge id=\"e").append(i).append("\" source=\"").append(cell.rater().value())
                    .append("\" target=\"").append(cell.target().value()).append("\">\n");
            data(b, "mean", Text.number(cell.mean()));
            data(b, "n", Integer.toString(cell.n()));
            data(b, "band", cell.band().key());
            Optional<Importance> importance = networks.importanceOf(cell.rater(), cell.target());
            importance.ifPresent(level -> data(b, "importance", level.key()));
            data(b, "tie", Integer.toString(cell.tie(networks.threshold())));
            b.append("    </edge>\n");
        }
        b.append("  </graph>\n");
        b.append("</graphml>\n");
        return b.toString();
    }

    static String description(RelationNetworks networks, RelationNetworks.Wave w) {
        return "Samspil relation network: instrument " + networks.instrument() + ", wave " + w.key() + " (" + w.label()
                + ", " + w.opensOn() + " to " + w.closesOn() + "); edge rater -> target carries the unrounded mean"
                + " rating, n respondents, band and the relationship map's importance (absent when unmapped); tie = 1 when"
                + " mean >= " + Text.number(networks.threshold()) + ", else 0; cells with n < k = " + networks.k()
                + " and unrated or within-group cells are not edges";
    }

    private static void key(StringBuilder b, String id, String domain, String type) {
        b.append("  <key id=\"").append(id).append("\" for=\"").append(domain).append("\" attr.name=\"").append(id)
                .append("\" attr.type=\"").append(type).append("\"/>\n");
    }

    private static void data(StringBuilder b, String key, String value) {
        b.append("      <data key=\"").append(key).append("\">").append(Text.xml(value)).append("</data>\n");
    }
}
