package dk.samspil.exports.network;

import dk.samspil.exports.ExportManifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes one relational instrument's networks into the folder {@value #FOLDER} of an export, in the formats network
 * researchers load directly:
 * <ul>
 *   <li>{@code relations_<wave>.graphml}: GraphML per wave, directed, nodes with key and name, edges with mean, n,
 *       band, importance and tie;</li>
 *   <li>{@code relations.gexf}: one dynamic GEXF 1.2draft graph, waves as date intervals [opens_on, closes_on];</li>
 *   <li>{@code relations_<wave>.net}: Pajek per wave, arcs weighted by the mean;</li>
 *   <li>{@code relations.dl}: UCINET DL fullmatrix, one valued matrix per wave, missing code {@value UcinetDl#MISSING};</li>
 *   <li>{@code rsiena_<wave>.csv} and {@code rsiena_groups.csv}: RSiena 0/1/NA adjacency matrices and their group order.</li>
 * </ul>
 * No cell with n &lt; k appears in any file: suppressed cells are no edges and missing in the matrices. Ties follow
 * {@link RelationNetworks}: 1 when the unrounded mean is at or above the threshold, 0 below. Within-group cells are
 * left out (missing code in DL, 0 in RSiena, no self-loops). Output is deterministic: UTF-8, "\n" line endings, fixed
 * order (groups as given, waves as given), numbers as the shortest decimal that reads back to the same double.
 */
public final class NetworkExportWriter {

    public static final String FOLDER = "network";

    /** Writes with the file names above. */
    public List<ExportManifest.ExportedFile> write(RelationNetworks networks, Path exportRoot) throws IOException {
        return write(networks, exportRoot, "");
    }

    /**
     * Writes with every file name prefixed by {@code prefix + "_"} (e.g. "rk" gives rk_relations_w0.graphml), so that
     * several relational instruments can share one export.
     *
     * @param prefix "" for none, else a key of [a-z0-9_-]+
     * @throws java.nio.file.FileAlreadyExistsException when a file of that name is already there
     */
    public List<ExportManifest.ExportedFile> write(RelationNetworks networks, Path exportRoot, String prefix) throws IOException {
        if (!prefix.isEmpty() && !prefix.matches("[a-z0-9_-]+")) {
            throw new IllegalArgumentException("a file prefix is a key of [a-z0-9_-]+, was '" + prefix + "'");
        }
        String stem = prefix.isEmpty() ? "" : prefix + "_";
        String groupsFile = stem + "rsiena_groups.csv";
        Path folder = Files.createDirectories(exportRoot.resolve(FOLDER));
        List<ExportManifest.ExportedFile> files = new ArrayList<>();
        for (RelationNetworks.WaveCells wave : networks.waves()) {
            RelationNetworks.Wave w = wave.wave();
            files.add(file(folder, stem + "relations_" + w.key() + ".graphml", GraphMl.write(networks, wave),
                    networks.edges(wave).size(), GraphMl.description(networks, w)));
        }
        files.add(file(folder, stem + "relations.gexf", Gexf.write(networks), Gexf.edgeCount(networks),
                Gexf.description(networks)));
        for (RelationNetworks.WaveCells wave : networks.waves()) {
            RelationNetworks.Wave w = wave.wave();
            files.add(file(folder, stem + "relations_" + w.key() + ".net", Pajek.write(networks, wave),
                    networks.edges(wave).size(), Pajek.description(networks, w, groupsFile)));
        }
        files.add(file(folder, stem + "relations.dl", UcinetDl.write(networks), UcinetDl.rows(networks),
                UcinetDl.description(networks)));
        for (RelationNetworks.WaveCells wave : networks.waves()) {
            RelationNetworks.Wave w = wave.wave();
            files.add(file(folder, stem + "rsiena_" + w.key() + ".csv", Rsiena.matrix(networks, wave),
                    networks.groups().size(), Rsiena.matrixDescription(networks, w, groupsFile)));
        }
        files.add(file(folder, groupsFile, Rsiena.groups(networks), networks.groups().size(),
                Rsiena.groupsDescription()));
        return List.copyOf(files);
    }

    private static ExportManifest.ExportedFile file(Path folder, String name, String content, long rows,
                                                    String description) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(name), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        // suppressed cells are left out of these files altogether, so none is present without a value
        return new ExportManifest.ExportedFile(FOLDER + "/" + name, rows, 0, sha256(bytes), description);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }
}
