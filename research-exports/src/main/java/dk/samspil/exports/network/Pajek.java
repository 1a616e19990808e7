package dk.samspil.exports.network;

import dk.samspil.domain.shared.GroupKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One wave as a Pajek .net file: quoted group names as vertices, shown relations as arcs weighted by the mean. */
final class Pajek {

    private Pajek() {
    }

    static String write(RelationNetworks networks, RelationNetworks.WaveCells wave) {
        StringBuilder b = new StringBuilder();
        List<RelationNetworks.Group> groups = networks.groups();
        Map<GroupKey, Integer> number = new HashMap<>();
        b.append("*Vertices ").append(groups.size()).append('\n');
        for (int i = 0; i < groups.size(); i++) {
            number.put(groups.get(i).key(), i + 1);
            b.append(i + 1).append(' ').append(Text.quoted(groups.get(i).name())).append('\n');
        }
        b.append("*Arcs\n");
        for (RelationNetworks.Cell cell : networks.edges(wave)) {
            b.append(number.get(cell.rater())).append(' ').append(number.get(cell.target())).append(' ')
                    .append(Text.number(cell.mean())).append('\n');
        }
        return b.toString();
    }

    static String description(RelationNetworks networks, RelationNetworks.Wave w, String groupsFile) {
        return "Pajek network of instrument " + networks.instrument() + ", wave " + w.key() + ": vertices are groups in"
                + " " + groupsFile + " order with quoted display names; arc rater -> target weighted by the unrounded mean;"
                + " cells with n < k = " + networks.k() + " and unrated or within-group cells are not arcs";
    }
}
