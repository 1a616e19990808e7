package dk.samspil.exports.network;

import dk.samspil.exports.xml.XmlWriter;

import java.util.List;

/** One wave as a directed GraphML graph; suppressed and unrated relations are not edges. */
final class GraphMl {

    private GraphMl() {
    }

    static String write(RelationNetworks networks, RelationNetworks.WaveCells wave) {
        RelationNetworks.Wave w = wave.wave();
        XmlWriter x = new XmlWriter(XmlWriter.Escaping.UNIFORM);
        x.start("graphml", "xmlns", "http://graphml.graphdrawing.org/xmlns", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        x.leaf("desc", description(networks, w));
        key(x, "key", "node", "string");
        key(x, "name", "node", "string");
        key(x, "mean", "edge", "double");
        key(x, "n", "edge", "int");
        key(x, "band", "edge", "string");
        key(x, "importance", "edge", "string");
        key(x, "tie", "edge", "int");
        x.start("graph", "id", w.key().value(), "edgedefault", "directed");
        for (RelationNetworks.Group group : networks.groups()) {
            x.start("node", "id", group.key().value());
            data(x, "key", group.key().value());
            data(x, "name", group.name());
            x.end();
        }
        List<RelationNetworks.Cell> edges = networks.edges(wave);
        for (int i = 0; i < edges.size(); i++) {
            RelationNetworks.Cell cell = edges.get(i);
            x.start("edge", "id", "e" + i, "source", cell.rater().value(), "target", cell.target().value());
            data(x, "mean", Text.number(cell.mean()));
            data(x, "n", Integer.toString(cell.n()));
            data(x, "band", cell.band().key());
            networks.importanceOf(cell.rater(), cell.target()).ifPresent(level -> data(x, "importance", level.key()));
            data(x, "tie", Integer.toString(cell.tie(networks.threshold())));
            x.end();
        }
        x.end();
        x.end();
        return x.finish();
    }

    static String description(RelationNetworks networks, RelationNetworks.Wave w) {
        return "Samspil relation network: instrument " + networks.instrument() + ", wave " + w.key() + " (" + w.label()
                + ", " + w.opensOn() + " to " + w.closesOn() + "); edge rater -> target carries the unrounded mean"
                + " rating, n respondents, band and the relationship map's importance (absent when unmapped); tie = 1 when"
                + " mean >= " + Text.number(networks.threshold()) + ", else 0; cells with n < k = " + networks.k()
                + " and unrated or within-group cells are not edges";
    }

    private static void key(XmlWriter x, String id, String domain, String type) {
        x.leaf("key", null, "id", id, "for", domain, "attr.name", id, "attr.type", type);
    }

    private static void data(XmlWriter x, String key, String value) {
        x.leaf("data", value, "key", key);
    }
}
