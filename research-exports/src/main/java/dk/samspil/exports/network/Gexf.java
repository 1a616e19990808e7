package dk.samspil.exports.network;

import dk.samspil.domain.shared.GroupKey;

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
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<gexf xmlns=\"http://www.gexf.net/1.2draft\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\"")
                .append(" version=\"1.2\">\n");
        b.append("  <meta>\n");
        b.append("    <creator>Samspil</creator>\n");
        b.append("    <description>").append(Text.xml(description(networks))).append("</description>\n");
        b.append("  </meta>\n");
        b.append("  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\"");
        if (!networks.waves().isEmpty()) {
            b.append(" start=\"").append(networks.waves().getFirst().wave().opensOn())
                    .append("\" end=\"").append(networks.waves().getLast().wave().closesOn()).append('"');
        }
        b.append(">\n");
        b.append("    <attributes class=\"edge\" mode=\"static\">\n");
        attribute(b, "importance", "string");
        b.append("    </attributes>\n");
        b.append("    <attributes class=\"edge\" mode=\"dynamic\">\n");
        attribute(b, "mean", "double");
        attribute(b, "n", "integer");
        attribute(b, "band", "string");
        attribute(b, "tie", "integer");
        b.append("    </attributes>\n");
        b.append("    <nodes count=\"").append(networks.groups().size()).append("\">\n");
        for (RelationNetworks.Group group : networks.groups()) {
            b.append("      <node id=\"").append(group.key().value()).append("\" label=\"").append(Text.xml(group.name()))
                    .append("\"/>\n");
        }
        b.append("    </nodes>\n");
        List<RelationNetworks.Relation> relations = relations(networks);
        b.append("    <edges count=\"").append(relations.size()).append("\">\n");
        for (int i = 0; i < relations.size(); i++) {
            RelationNetworks.Relation relation = relations.get(i);
            b.append("      <edge id=\"e").append(i).append("\" source=\"").append(relation.from().value())
                    .append("\" target=\"").append(relation.to().value()).append("\">\n");
            b.append("        <attvalues>\n");
            networks.importanceOf(relation.from(), relation.to()).ifPresent(level ->
                    b.append("          <attvalue for=\"importance\" value=\"").append(level.key()).append("\"/>\n"));
            StringBuilder spells = new StringBuilder();
            for (RelationNetworks.WaveCells wave : networks.waves()) {
                networks.shown(wave, relation.from(), relation.to()).ifPresent(cell -> {
                    String interval = " start=\"" + wave.wave().opensOn() + "\" end=\"" + wave.wave().closesOn() + "\"";
                    value(b, "mean", Text.number(cell.mean()), interval);
                    value(b, "n", Integer.toString(cell.n()), interval);
                    value(b, "band", cell.band().key(), interval);
                    value(b, "tie", Integer.toString(cell.tie(networks.threshold())), interval);
                    spells.append("          <spell").append(interval).append("/>\n");
                });
            }
            b.append("        </attvalues>\n");
            b.append("        <spells>\n").append(spells).append("        </spells>\n");
            b.append("      </edge>\n");
        }
        b.append("    </edges>\n");
        b.append("  </graph>\n");
        b.append("</gexf>\n");
        return b.toString();
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

    private static void attribute(StringBuilder b, String id, String type) {
        b.append("      <attribute id=\"").append(id).append("\" title=\"").append(id).append("\" type=\"").append(type)
                .append("\"/>\n");
    }

    private static void value(StringBuilder b, String id, String value, String interval) {
        b.append("          <attvalue for=\"").append(id).append("\" value=\"").append(Text.xml(value)).append('"')
                .append(interval).append("/>\n");
    }
}
