package dk.samspil.exports.network;

import dk.samspil.domain.shared.GroupKey;

import java.util.Optional;

/**
 * All waves as one UCINET DL file in fullmatrix format: one valued matrix per wave (rows rate, columns are rated),
 * holding the unrounded mean. DL has no missing-value keyword, so a missing cell is the code {@value #MISSING},
 * which no mean on the 1-5 scale can take: suppressed (n &lt; k), unrated and the diagonal (within-group cells).
 */
final class UcinetDl {

    static final String MISSING = "-9";

    private UcinetDl() {
    }

    static String write(RelationNetworks networks) {
        StringBuilder b = new StringBuilder();
        b.append("dl n=").append(networks.groups().size()).append(" nm=").append(networks.waves().size())
                .append(" format=fullmatrix\n");
        b.append("matrix labels:\n");
        b.append(String.join(" ", networks.waves().stream().map(w -> w.wave().key().value()).toList())).append('\n');
        String labels = String.join(" ", networks.groups().stream().map(g -> g.key().value()).toList());
        b.append("row labels:\n").append(labels).append('\n');
        b.append("column labels:\n").append(labels).append('\n');
        b.append("data:\n");
        for (RelationNetworks.WaveCells wave : networks.waves()) {
            for (RelationNetworks.Group rater : networks.groups()) {
                StringBuilder row = new StringBuilder();
                for (RelationNetworks.Group target : networks.groups()) {
                    if (!row.isEmpty()) {
                        row.append(' ');
                    }
                    row.append(value(networks, wave, rater.key(), target.key()));
                }
                b.append(row).append('\n');
            }
        }
        return b.toString();
    }

    /** Rows written: one per group per wave. */
    static long rows(RelationNetworks networks) {
        return (long) networks.groups().size() * networks.waves().size();
    }

    static String description(RelationNetworks networks) {
        return "UCINET DL (format=fullmatrix) of instrument " + networks.instrument() + ": one valued matrix per wave"
                + " (matrix labels = wave keys; row and column labels = group keys; rows rate, columns are rated)"
                + " holding the unrounded mean; " + MISSING + " is the missing code for cells with n < k = " + networks.k()
                + ", unrated cells and the diagonal (within-group cells) - recode it to missing before analysis";
    }

    private static String value(RelationNetworks networks, RelationNetworks.WaveCells wave, GroupKey rater, GroupKey target) {
        Optional<RelationNetworks.Cell> cell = networks.shown(wave, rater, target);
        return cell.map(c -> Text.number(c.mean())).orElse(MISSING);
    }
}
