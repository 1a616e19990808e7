package dk.samspil.exports.network;

import dk.samspil.domain.shared.GroupKey;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;

/**
 * One wave as a plain n x n adjacency matrix for RSiena: comma-separated, no header and no row names, rows and
 * columns in rsiena_groups.csv order. 1 = tie, 0 = no tie, NA = missing (suppressed or unrated); the diagonal is 0,
 * which RSiena ignores. Read with {@code as.matrix(read.csv(file, header = FALSE))} and stack the waves with
 * {@code array(c(w0, w1), dim = c(n, n, 2))} for {@code sienaDependent}.
 */
final class Rsiena {

    /** RFC 4180 with "\n" line ends, a field quoted only where it must be. */
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private Rsiena() {
    }

    static String matrix(RelationNetworks networks, RelationNetworks.WaveCells wave) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = CSV.print(out)) {
            for (RelationNetworks.Group rater : networks.groups()) {
                csv.printRecord(networks.groups().stream().map(target -> value(networks, wave, rater.key(), target.key())));
            }
        }
        return out.toString();
    }

    static String groups(RelationNetworks networks) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = CSV.builder().setHeader("index", "key", "name").get().print(out)) {
            for (int i = 0; i < networks.groups().size(); i++) {
                RelationNetworks.Group group = networks.groups().get(i);
                csv.printRecord(i + 1, group.key().value(), group.name());
            }
        }
        return out.toString();
    }

    static String matrixDescription(RelationNetworks networks, RelationNetworks.Wave w, String groupsFile) {
        return "RSiena adjacency matrix of instrument " + networks.instrument() + ", wave " + w.key() + ": plain n x n"
                + " CSV without header, rows rate and columns are rated in " + groupsFile
                + " order; 1 when the unrounded"
                + " mean >= " + Text.number(networks.threshold()) + ", 0 below, NA when suppressed (n < k = " + networks.k()
                + ") or unrated; diagonal 0 (ignored by RSiena); read with as.matrix(read.csv(file, header = FALSE))";
    }

    static String groupsDescription() {
        return "row and column order of the RSiena matrices (and Pajek vertex numbers): index (1-based), group key,"
                + " display name; with a header row";
    }

    private static String value(RelationNetworks networks, RelationNetworks.WaveCells wave, GroupKey rater, GroupKey target) {
        if (rater.equals(target)) {
            return "0";
        }
        return networks.shown(wave, rater, target).map(c -> Integer.toString(c.tie(networks.threshold()))).orElse("NA");
    }
}
