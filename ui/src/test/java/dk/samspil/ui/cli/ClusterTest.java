package dk.samspil.ui.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three Samspil nodes on one PostgreSQL, each a JVM of its own with its own data folder and read
 * model, started once for every scenario (issue 18's tests 1 and 2 at compact size): what one node
 * or command stores, every node shows, and nothing is lost or stored twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// busy on every core (threads, node JVMs, kills): run alone, after the classes that share the two test JVMs
@org.junit.jupiter.api.Tag("one-at-a-time")
class ClusterTest {

    /** Compact sizes for CI; ./samspil bench cluster runs them at full size. */
    private static final int SUBMISSIONS = 150;
    private static final int SAME_LINK_TWICE = 40;
    private static final int STUDY_CHANGES = 20;
    private static final int MINI_QUESTIONNAIRES = 2208;
    /** Gaps forgotten 1,000 positions below the newest event (Axon: 10,000), so a compact import would show a skip; audits every 2 s. */
    static final Map<String, String> NODE_SETTINGS = Map.of("samspil.event-store.max-gap-offset", "1000",
            "samspil.read-model.audit-seconds", "2");
    private static final int KILLS = Integer.getInteger("samspil.cluster-kills", 3);
    private static final long KILL_SEED = Long.getLong("samspil.kill-seed", System.nanoTime());

    @TempDir
    static Path work;

    private static Cluster cluster;
    private static ClusterScenarios scenarios;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = Cluster.start(work, 3, ClusterNode.QUICK, NODE_SETTINGS, false);
        scenarios = new ClusterScenarios(cluster, () -> true);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void a_command_line_beside_the_nodes_works_on_its_own_read_model_and_every_node_shows_what_it_stored() throws Exception {
        // a second process on the same event store, as a new user would start one: it used to wait for ever for the node's token
        Cli.Result imported = cluster.onPostgres(() -> Cli.run("--data", cluster.cli().toString(), "import", Cli.sample("mini").toString()));
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2208 questionnaires added");
        MiniMatrix.assertMatches(cluster.onPostgres(() -> Cli.run("--data", cluster.cli().toString(), "report", "matrix", "--study", "mini",
                "--wave", "w0", "--format", "json")));
        cluster.awaitEveryNodeAtTheHead();
        for (ClusterNode node : cluster.nodes()) {
            assertThat(node.alive()).isTrue();
            // through the node's control endpoint, from its own read model
            MiniMatrix.assertMatches(cluster.through(node, "report", "matrix", "--study", "mini", "--wave", "w0", "--format", "json"));
        }
    }

    @Test
    @Order(2)
    void questionnaires_submitted_on_every_node_reach_every_node_and_the_same_link_twice_at_once_is_stored_once() throws Exception {
        scenarios.openWave();
        // test 1: through HAProxy when installed (asking and answering may meet two nodes), else the nodes in turn
        ClusterScenarios.Convergence spread = scenarios.convergence(SUBMISSIONS);
        assertThat(spread.accepted()).as("answered 201").isEqualTo(SUBMISSIONS);
        assertThat(spread.stored()).as("nothing lost, nothing twice").isEqualTo(SUBMISSIONS);
        assertThat(spread.addedPerNode()).as("respondents added on each node's read model").containsOnly(SUBMISSIONS);

        // test 2: one link submitted on two nodes at the same moment
        ClusterScenarios.SameLink pairs = scenarios.sameLinkOnTwoNodes(SAME_LINK_TWICE);
        assertThat(pairs.created()).as("one of each pair stored").isEqualTo(SAME_LINK_TWICE);
        assertThat(pairs.refused()).as("the other told the link is used").isEqualTo(SAME_LINK_TWICE);
        assertThat(pairs.stored()).as("stored once each").isEqualTo(SAME_LINK_TWICE);
        assertThat(cluster.storedTwice()).isZero();

        List<Long> sorted = spread.lagMillis().stream().sorted().toList();
        Cluster.OUT.printf("cluster lag over %d submissions: p50 %d ms, p95 %d ms, max %d ms%n", sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.getLast());
        assertThat(sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)).as("lag p95 (ms)").isLessThan(2_000);
    }

    @Test
    @Order(3)
    void the_json_questionnaire_refuses_what_the_page_refuses_and_records_nothing() throws Exception {
        String node = cluster.node(0).url();
        String link = cluster.invite(1).getFirst();
        long before = cluster.submittedInStore();
        assertThat(cluster.post(node, "A".repeat(43), "{\"answers\": []}").statusCode()).as("unknown link").isEqualTo(404);
        HttpResponse<String> malformed = cluster.post(node, link, "{\"answers\": 3");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> offScale = cluster.post(node, link,
                "{\"answers\": [{\"instrument\": \"rk@1\", \"target\": \"group:ppr\", \"item\": \"samarbejde\", \"score\": 99}]}");
        assertThat(offScale.statusCode()).isEqualTo(422);
        assertThat(offScale.body()).contains("off the scale");
        HttpResponse<String> notAsked = cluster.post(node, link,
                "{\"answers\": [{\"instrument\": \"rk@1\", \"target\": \"group:ukendt\", \"item\": \"samarbejde\", \"score\": 3}]}");
        assertThat(notAsked.statusCode()).isEqualTo(422);
        assertThat(cluster.post(node, link, "{\"answers\": []}").statusCode()).as("nothing answered").isEqualTo(422);
        assertThat(cluster.submittedInStore()).as("nothing recorded").isEqualTo(before);
        assertThat(cluster.submit(node, link)).as("the link still works").isEqualTo(201);
        assertThat(cluster.submit(cluster.node(1).url(), link)).as("once").isEqualTo(404);
    }

    @Test
    @Order(4)
    void a_person_erased_through_one_node_is_in_no_file_of_any_node_within_ten_seconds() throws Exception {
        // every node's read model holds the mini sample since the first scenario
        ClusterScenarios.Erasure erased = scenarios.erasure("p00007", Duration.ofSeconds(10));
        Cluster.OUT.printf("erasure reached every node's files in %d ms%n", erased.millis());
        assertThat(erased.holding()).as("files still holding the id 10 s after the erasure began").isEmpty();
    }

    @Test
    @Order(5)
    void the_same_study_changed_from_two_nodes_at_once_keeps_every_change_in_one_unbroken_sequence() throws Exception {
        ClusterScenarios.StudyChanges changes = scenarios.studyChangedFromTwoNodes(STUDY_CHANGES);
        assertThat(changes.kept()).as("every change kept").isEqualTo(STUDY_CHANGES);
        assertThat(changes.sequenceDefects()).as("sequence numbers missing or twice").isZero();
        Cluster.OUT.printf("study changed %d times from two nodes at once: %d transactions run again after a conflict%n", STUDY_CHANGES,
                changes.retried());
    }

    @Test
    @Order(6)
    void a_long_import_on_one_node_while_another_takes_a_questionnaire_every_100_ms_skips_nothing_on_any_node() throws Exception {
        ClusterScenarios.Gap gap = scenarios.importWhileSubmitting(scenarios.copyOfMini("mini-gap"), MINI_QUESTIONNAIRES);
        Cluster.OUT.printf("%d questionnaires submitted on another node during the import%n", gap.submitted());
        assertThat(gap.stored()).isEqualTo(MINI_QUESTIONNAIRES + gap.submitted());
        for (ClusterNode node : cluster.nodes()) {
            MiniMatrix.assertMatches(cluster.through(node, "report", "matrix", "--study", "mini-gap", "--wave", "w0", "--format", "json"));
        }
    }

    @Test
    @Order(7)
    void a_node_killed_mid_import_leaves_all_or_nothing_and_catches_up_when_started_again() throws Exception {
        // the nodes equal a clean rebuild: the mini sample's matrix of each study stored, checked on every node
        ClusterScenarios.Kills kills = scenarios.killsMidImport(KILLS, KILL_SEED);
        List<Long> gained = kills.added().stream().filter(added -> added > 0).distinct().toList();
        assertThat(gained).as("all of the import or nothing: events each import added").hasSizeLessThanOrEqualTo(1);
        assertThat(kills.whileAppending()).as("kills that landed while an import's transaction appended").isPositive();
    }

    @Test
    @Order(8)
    void a_node_started_from_a_copy_of_another_nodes_read_model_goes_on_from_the_copys_position() throws Exception {
        // the command line's folder is a node that is not running: brought up to date by a command, its file is whole
        MiniMatrix.assertMatches(cluster.onPostgres(() -> Cli.run("--data", cluster.cli().toString(), "report", "matrix", "--study",
                "mini-gap", "--wave", "w0", "--format", "json")));
        long head = cluster.head();
        ClusterScenarios.CatchUp copied = scenarios.newNode(ClusterScenarios.copyOfReadModel(cluster.cli(), work.resolve("node-from-copy")));
        try {
            Cluster.OUT.printf("a node from a copy of a read model at position %d was ready in %.1f s%n", copied.startPosition(), copied.seconds());
            assertThat(copied.startPosition()).as("where the copy's read model began").isEqualTo(head);
            assertThat(cluster.ready(copied.node()).path("applied_position").asLong()).isEqualTo(cluster.head());
            MiniMatrix.assertMatches(cluster.through(copied.node(), "report", "matrix", "--study", "mini-gap", "--wave", "w0", "--format", "json"));
        } finally {
            copied.node().close();
        }
    }

    @Test
    @Order(9)
    void an_event_committed_below_what_every_node_has_applied_is_found_by_the_audit_and_the_read_models_rebuilt_with_it() throws Exception {
        cluster.awaitEveryNodeAtTheHead();
        // what no node can otherwise notice: an event appearing at a position all of them have passed
        cluster.execute("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,"
                + " payload, payloadRevision, payloadType, timeStamp) SELECT 0, 'audit-probe', 0, type, 'audit-probe-event', metaData,"
                + " payload, payloadRevision, payloadType, timeStamp FROM DomainEventEntry WHERE payloadType LIKE '%InvitationsIssued'"
                + " ORDER BY globalIndex LIMIT 1");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (ClusterNode node : cluster.nodes()) {
            while (cluster.ready(node).path("missing_events_found").asLong() == 0) {
                assertThat(System.nanoTime()).as("%s found the missing event within 60 s", node.url()).isLessThan(deadline);
                Thread.sleep(200);
            }
        }
        Thread.sleep(8_000);
        for (ClusterNode node : cluster.nodes()) {
            // rebuilt with it: later checks find nothing more missing
            assertThat(cluster.ready(node).path("missing_events_found").asLong()).as("missing found on %s", node.url()).isEqualTo(1);
        }
    }
}
