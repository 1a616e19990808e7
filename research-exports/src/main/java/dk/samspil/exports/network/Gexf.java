package dk.samspil.exports.network;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.exports.xml.XmlWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * All waves as one dynamic GEXF 1.2draft graph (timeformat date). Each wave is the closed interval
 * [opens_on, closes_on]; an edge lives in the spells of the waves where its cell is shown, and its mean, n, band and
 * tie are attvalues over the same intervals. Importance does not change over waves, so it is a static attribute.
 */
final class Gexf {

    private Gexf() {
    }

    /** The number of edges the file holds: relations shown in at least one wave. */
    static int edgeCount(RelationNetworks networks) {
        return relations(networks).size();
    }

    static String write(RelationNetworks networks) {
        XmlWriter x = new XmlWriter(XmlWriter.Escaping.UNIFORM);
        x.start("gexf", "xmlns", "http://www.gexf.net/1.2draft", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd", "version", "1.2");
        x.start("meta");
        x.leaf("creator", "Samspil");
        x.leaf("description", description(networks));
        x.end();
        boolean waves = !networks.waves().isEmpty();
        x.start("graph", "mode", "dynamic", "defaultedgetype", "directed", "timeformat", "date",
                "start", waves ? networks.waves().getFirst().wave().opensOn().toString() : null,
                "end", waves ? networks.waves().getLast().wave().closesOn().toString() : null);
        x.start("attributes", "class", "edge", "mode", "static");
        attribute(x, "importance", "string");
        x.end();
        x.start("attributes", "class", "edge", "mode", "dynamic");
        attribute(x, "mean", "double");
        attribute(x, "n", "integer");
        attribute(x, "band", "string");
        attribute(x, "tie", "integer");
        x.end();
        x.start("nodes", "count", Integer.toString(networks.groups().size()));
        for (RelationNetworks.Group group : networks.groups()) {
            x.leaf("node", null, "id", group.key().value(), "label", group.name());
        }
        x.end();
        List<RelationNetworks.Relation> relations = relations(networks);
        x.start("edges", "count", Integer.toString(relations.size()));
        for (int i = 0; i < relations.size(); i++) {
            RelationNetworks.Relation relation = relations.get(i);
            x.start("edge", "id", "e" + i, "source", relation.from().value(), "target", relation.to().value());
            x.start("attvalues");
            networks.importanceOf(relation.from(), relation.to()).ifPresent(level ->
                    x.leaf("attvalue", null, "for", "importance", "value", level.key()));
            List<RelationNetworks.Wave> shownIn = new ArrayList<>();
            for (RelationNetworks.WaveCells wave : networks.waves()) {
                networks.shown(wave, relation.from(), relation.to()).ifPresent(cell -> {
                    shownIn.add(wave.wave());
                    value(x, "mean", Text.number(cell.mean()), wave.wave());
                    value(x, "n", Integer.toString(cell.n()), wave.wave());
                    value(x, "band", cell.band().key(), wave.wave());
                    value(x, "tie", Integer.toString(cell.tie(networks.threshold())), wave.wave());
                });
            }
            x.end();
            x.start("spells");
            for (RelationNetworks.Wave wave : shownIn) {
                x.leaf("spell", null, "start", wave.opensOn().toString(), "end", wave.closesOn().toString());
            }
            x.end();
            x.end();
        }
        x.end();
        x.end();
        x.end();
        return x.finish();
    }

    static String description(RelationNetworks networks) {
        return "Samspil relation network over waves: instrument " + networks.instrument() + "; each wave is the closed"
                + " date interval from opens_on to closes_on; an edge rater -> target exists in the waves where its cell"
                + " is shown and carries that wave's unrounded mean, n, band and tie (1 when mean >= "
                + Text.number(networks.threshold()) + ", else 0); importance is the relationship map's (absent when"
                + " unmapped); cells with n < k = " + networks.k() + " and unrated or within-group cells are not written";
    }

    private static List<RelationNetworks.Relation> relations(RelationNetworks networks) {
        List<RelationNetworks.Relation> relations = new ArrayList<>();
        for (RelationNetworks.Group rater : networks.groups()) {
            for (RelationNetworks.Group target : networks.groups()) {
                if (shownInAnyWave(networks, rater.key(), target.key())) {
                    relations.add(new RelationNetworks.Relation(rater.key(), target.key()));
                }
            }
        }
        return relations;
    }

    private static boolean shownInAnyWave(RelationNetworks networks, GroupKey rater, GroupKey target) {
        return networks.waves().stream().anyMatch(w -> networks.shown(w, rater, target).isPresent());
    }

    private static void attribute(XmlWriter x, String id, String type) {
        x.leaf("attribute", null, "id", id, "title", id, "type", type);
    }

    private static void value(XmlWriter x, String id, String value, RelationNetworks.Wave wave) {
        x.leaf("attvalue", null, "for", id, "value", value, "start", wave.opensOn().toString(), "end", wave.closesOn().toString());
    }
}
