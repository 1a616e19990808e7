package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three Samspil nodes on one PostgreSQL, each a JVM of its own with its own data folder and read
 * model, started once for every scenario (issue 18's tests 1 and 2 at compact size): what one node
 * or command stores, every node shows, and nothing is lost or stored twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    /** Compact sizes for CI; ./samspil bench cluster runs them at full size. */
    private static final int SUBMISSIONS = 150;
    private static final int SAME_LINK_TWICE = 40;
    private static final int STUDY_CHANGES = 20;
    private static final int MINI_QUESTIONNAIRES = 2208;
    /** Gaps forgotten 1,000 positions below the newest event (Axon: 10,000), so a compact import would show a skip; audits every 2 s. */
    private static final Map<String, String> NODE_SETTINGS = Map.of("samspil.event-store.max-gap-offset", "1000",
            "samspil.read-model.audit-seconds", "2");
    private static final int KILLS = Integer.getInteger("samspil.cluster-kills", 3);
    private static final long KILL_SEED = Long.getLong("samspil.kill-seed", System.nanoTime());

    @TempDir
    static Path work;

    private static EmbeddedPostgres postgres;
    private static String jdbcUrl;
    private static List<ClusterNode> nodes;
    private static String apiToken;
    private static int invited;
    private static java.util.Optional<ClusterProxy> proxy = java.util.Optional.empty();
    /** Cli.run swaps System.out while a command runs, and two at once (test 3) leave a stale one: figures go here. */
    private static final java.io.PrintStream OUT = System.out;
    private static final java.io.PrintStream ERR = System.err;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startCluster() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        Path cli = work.resolve("cli");
        onPostgres(() -> Cli.ok(Cli.run(cli, "cluster-admin-2026", "user", "add", "--username", "admin", "--role", "admin")));
        apiToken = onPostgres(() -> Cli.ok(Cli.run(cli, "", "user", "token", "create", "--username", "admin", "--days", "1",
                "--label", "cluster test"))).out().strip();
        ExecutorService starting = Executors.newFixedThreadPool(3);
        List<Future<ClusterNode>> started = new ArrayList<>();
        for (String name : List.of("node-a", "node-b", "node-c")) {
            started.add(starting.submit(() -> ClusterNode.start(work.resolve(name), jdbcUrl, NODE_SETTINGS)));
        }
        nodes = new ArrayList<>();
        for (Future<ClusterNode> node : started) {
            nodes.add(node.get(5, TimeUnit.MINUTES));
        }
        starting.shutdown();
        proxy = ClusterProxy.start(nodes, work.resolve("haproxy.log"));
        OUT.println(proxy.map(p -> "the nodes are behind HAProxy at " + p.url()).orElse("HAProxy is not installed: requests go to the nodes directly"));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (proxy.isPresent()) {
            proxy.get().close();
        }
        if (nodes != null) {
            for (ClusterNode node : nodes) {
                node.close();
            }
        }
        postgres.close();
    }

    @Test
    @Order(1)
    void a_command_line_beside_the_nodes_works_on_its_own_read_model_and_every_node_shows_what_it_stored() throws Exception {
        // a second process on the same event store, as a new user would start one: it used to wait for ever for the node's token
        Cli.Result imported = onPostgres(() -> Cli.run("--data", work.resolve("cli").toString(), "import", Cli.sample("mini").toString()));
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2208 questionnaires added");
        MiniMatrix.assertMatches(onPostgres(() -> Cli.run("--data", work.resolve("cli").toString(), "report", "matrix", "--study", "mini",
                "--wave", "w0", "--format", "json")));
        awaitEveryNodeAtTheHead();
        for (ClusterNode node : nodes) {
            assertThat(node.alive()).isTrue();
            // through the node's control endpoint, from its own read model
            MiniMatrix.assertMatches(Cli.run("--data", node.data().toString(), "report", "matrix", "--study", "mini", "--wave", "w0", "--format", "json"));
        }
    }

    @Test
    @Order(2)
    void questionnaires_submitted_on_every_node_reach_every_node_and_the_same_link_twice_at_once_is_stored_once() throws Exception {
        Path cli = work.resolve("cli");
        Cli.ok(onPostgres(() -> Cli.run("--data", cli.toString(), "import", uncheckedBundle())));
        List<String> links = invite(cli, SUBMISSIONS + SAME_LINK_TWICE);
        long before = submittedInStore();

        // test 1: spread over the nodes, four at a time; lag = commit on one node until another node's read model has it
        List<Long> lagMillis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService respondents = Executors.newFixedThreadPool(4);
        List<Future<Integer>> answered = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            int n = i;
            answered.add(respondents.submit(() -> {
                // through HAProxy when installed: it spreads them round-robin (asking and answering may meet two nodes)
                int status = proxy.isPresent() ? submit(proxy.get().url(), links.get(n)) : submit(nodes.get(n % 3), links.get(n));
                if (n % 5 == 0) {
                    lagMillis.add(lag(nodes.get((n + 1) % 3), head()));
                }
                return status;
            }));
        }
        for (Future<Integer> status : answered) {
            assertThat(status.get(2, TimeUnit.MINUTES)).isEqualTo(201);
        }

        // test 2: one link submitted on two nodes at the same moment
        int created = 0;
        int refused = 0;
        for (int i = 0; i < SAME_LINK_TWICE; i++) {
            String link = links.get(SUBMISSIONS + i);
            CountDownLatch go = new CountDownLatch(1);
            int one = i % 3;
            int other = (i + 1) % 3;
            Future<Integer> first = respondents.submit(() -> {
                go.await();
                return submit(nodes.get(one), link);
            });
            Future<Integer> second = respondents.submit(() -> {
                go.await();
                return submit(nodes.get(other), link);
            });
            go.countDown();
            for (int status : List.of(first.get(1, TimeUnit.MINUTES), second.get(1, TimeUnit.MINUTES))) {
                created += status == 201 ? 1 : 0;
                refused += status == 404 ? 1 : 0;
            }
        }
        respondents.shutdown();
        assertThat(created).as("one of each pair stored").isEqualTo(SAME_LINK_TWICE);
        assertThat(refused).as("the other told the link is used").isEqualTo(SAME_LINK_TWICE);
        assertThat(submittedInStore() - before).as("nothing lost, nothing twice").isEqualTo(SUBMISSIONS + SAME_LINK_TWICE);

        awaitEveryNodeAtTheHead();
        for (ClusterNode node : nodes) {
            JsonNode cells = get(node, "/api/v1/studies/aaben/matrix?wave=nu").get("cells");
            JsonNode cell = null;
            for (JsonNode candidate : cells) {
                if (candidate.get("rater_group").asText().equals("skole") && candidate.get("target_group").asText().equals("ppr")) {
                    cell = candidate;
                }
            }
            assertThat(cell).as("skole rates ppr on %s", node.url()).isNotNull();
            assertThat(cell.get("n").asInt()).as("respondents on %s", node.url()).isEqualTo(1 + SUBMISSIONS + SAME_LINK_TWICE);
        }
        List<Long> sorted = lagMillis.stream().sorted().toList();
        OUT.printf("cluster lag over %d submissions: p50 %d ms, p95 %d ms, max %d ms%n", sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.getLast());
        assertThat(sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)).as("lag p95 (ms)").isLessThan(2_000);
    }

    @Test
    @Order(3)
    void the_json_questionnaire_refuses_what_the_page_refuses_and_records_nothing() throws Exception {
        ClusterNode node = nodes.getFirst();
        String link = invite(work.resolve("cli"), 1).getFirst();
        long before = submittedInStore();
        assertThat(post(node, "A".repeat(43), "{\"answers\": []}").statusCode()).as("unknown link").isEqualTo(404);
        HttpResponse<String> malformed = post(node, link, "{\"answers\": 3");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> offScale = post(node, link,
                "{\"answers\": [{\"instrument\": \"rk@1\", \"target\": \"group:ppr\", \"item\": \"samarbejde\", \"score\": 99}]}");
        assertThat(offScale.statusCode()).isEqualTo(422);
        assertThat(offScale.body()).contains("off the scale");
        HttpResponse<String> notAsked = post(node, link,
                "{\"answers\": [{\"instrument\": \"rk@1\", \"target\": \"group:ukendt\", \"item\": \"samarbejde\", \"score\": 3}]}");
        assertThat(notAsked.statusCode()).isEqualTo(422);
        assertThat(post(node, link, "{\"answers\": []}").statusCode()).as("nothing answered").isEqualTo(422);
        assertThat(submittedInStore()).as("nothing recorded").isEqualTo(before);
        assertThat(submit(node, link)).as("the link still works").isEqualTo(201);
        assertThat(submit(nodes.get(1), link)).as("once").isEqualTo(404);
    }

    @Test
    @Order(4)
    void a_person_erased_through_one_node_is_in_no_file_of_any_node_within_ten_seconds() throws Exception {
        String person = "p00007";
        for (ClusterNode node : nodes) {
            // the search finds them first: every node's read model holds the mini sample since the first scenario
            assertThat(EraseCommandTest.filesHolding(node.data(), person)).as("files of %s holding the id before", node.url()).isNotEmpty();
        }
        long start = System.nanoTime();
        Cli.Result erased = Cli.run("erase", "--data", nodes.getFirst().data().toString(), "--respondent", person);
        assertThat(erased.exit()).as(erased.err()).isZero();
        List<Path> holding;
        do {
            Thread.sleep(100);
            holding = new ArrayList<>();
            for (ClusterNode node : nodes) {
                holding.addAll(EraseCommandTest.filesHolding(node.data(), person));
            }
        } while (!holding.isEmpty() && System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
        OUT.printf("erasure reached every node's files in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(holding).as("files still holding the id 10 s after the erasure began").isEmpty();
        awaitEveryNodeAtTheHead();
    }

    @Test
    @Order(5)
    void the_same_study_changed_from_two_nodes_at_once_keeps_every_change_in_one_unbroken_sequence() throws Exception {
        long before = single("SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%InterventionPlanned'");
        ExecutorService importers = Executors.newFixedThreadPool(2);
        for (int pair = 0; pair < STUDY_CHANGES / 2; pair++) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Cli.Result>> imports = new ArrayList<>();
            for (int side = 0; side < 2; side++) {
                Path bundle = withIntervention(pair * 2 + side);
                ClusterNode node = nodes.get(side);
                imports.add(importers.submit(() -> {
                    go.await();
                    return Cli.run("--data", node.data().toString(), "import", bundle.toString());
                }));
            }
            go.countDown();
            for (Future<Cli.Result> imported : imports) {
                Cli.ok(imported.get(2, TimeUnit.MINUTES));
            }
        }
        importers.shutdown();
        System.setOut(OUT);
        System.setErr(ERR);
        assertThat(single("SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%InterventionPlanned'") - before)
                .as("every change kept").isEqualTo(STUDY_CHANGES);
        // the study's own sequence has no hole and no number twice
        assertThat(single("SELECT count(*) - count(DISTINCT sequenceNumber) + (max(sequenceNumber) + 1 - count(*)) FROM DomainEventEntry"
                + " WHERE aggregateIdentifier = (SELECT aggregateIdentifier FROM DomainEventEntry WHERE payloadType LIKE '%InterventionPlanned'"
                + " ORDER BY globalIndex DESC LIMIT 1)")).isZero();
        awaitEveryNodeAtTheHead();
        long retried = 0;
        for (ClusterNode node : nodes) {
            retried += ready(node).path("conflicts_retried").asLong();
        }
        OUT.printf("study changed %d times from two nodes at once: %d transactions run again after a conflict%n", STUDY_CHANGES, retried);
    }

    @Test
    @Order(6)
    void a_long_import_on_one_node_while_another_takes_a_questionnaire_every_100_ms_skips_nothing_on_any_node() throws Exception {
        Path bundle = copyOfMini("mini-gap");
        List<String> links = invite(work.resolve("cli"), 60);
        long submittedBefore = submittedInStore();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Cli.Result> imported = pool.submit(() -> Cli.run("--data", nodes.getFirst().data().toString(), "import", bundle.toString()));
        Future<Integer> answered = pool.submit(() -> {
            int n = 0;
            while (n < links.size() && (!imported.isDone() || n < 10)) {
                assertThat(submit(nodes.get(1), links.get(n++))).isEqualTo(201);
                Thread.sleep(100);
            }
            return n;
        });
        Cli.ok(imported.get(5, TimeUnit.MINUTES));
        int submissions = answered.get(5, TimeUnit.MINUTES);
        OUT.printf("%d questionnaires submitted on another node during the import%n", submissions);
        pool.shutdown();
        assertThat(submittedInStore() - submittedBefore).isEqualTo(MINI_QUESTIONNAIRES + submissions);
        awaitEveryNodeAtTheHead();
        for (ClusterNode node : nodes) {
            MiniMatrix.assertMatches(Cli.run("--data", node.data().toString(), "report", "matrix", "--study", "mini-gap", "--wave", "w0", "--format", "json"));
        }
    }

    @Test
    @Order(7)
    void a_node_killed_mid_import_leaves_all_or_nothing_and_catches_up_when_started_again() throws Exception {
        java.util.Random random = new java.util.Random(KILL_SEED);
        OUT.printf("kills with -Dsamspil.kill-seed=%d%n", KILL_SEED);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        List<String> stored = new ArrayList<>();
        long full = -1;
        for (int kill = 0; kill < KILLS; kill++) {
            String study = "mini-kill-" + kill;
            Path bundle = copyOfMini(study);
            ClusterNode victim = nodes.get(2);
            long before = eventsInStore();
            Future<Cli.Result> imported = pool.submit(() -> Cli.run("--data", victim.data().toString(), "import", bundle.toString()));
            // an import of the mini sample takes one to two seconds on a node: most kills land inside it
            Thread.sleep(100 + random.nextInt(2_500));
            victim.kill();
            Cli.Result result = imported.get(2, TimeUnit.MINUTES);
            System.setOut(OUT);
            System.setErr(ERR);
            long added = eventsInStore() - before;
            OUT.printf("kill %d: the import %s; the store gained %d events%n", kill, result.exit() == 0 ? "had finished" : "was cut off", added);
            if (added > 0) {
                assertThat(full < 0 || added == full).as("all of the import or nothing (%d events)", added).isTrue();
                full = added;
                stored.add(study);
            }
            nodes.set(2, ClusterNode.start(victim.data(), jdbcUrl, NODE_SETTINGS));
        }
        pool.shutdown();
        awaitEveryNodeAtTheHead();
        for (String study : stored) {
            for (ClusterNode node : nodes) {
                MiniMatrix.assertMatches(Cli.run("--data", node.data().toString(), "report", "matrix", "--study", study, "--wave", "w0", "--format", "json"));
            }
        }
    }

    @Test
    @Order(8)
    void an_event_committed_below_what_every_node_has_applied_is_found_by_the_audit_and_the_read_models_rebuilt_with_it() throws Exception {
        awaitEveryNodeAtTheHead();
        // what no node can otherwise notice: an event appearing at a position all of them have passed
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,"
                    + " payload, payloadRevision, payloadType, timeStamp) SELECT 0, 'audit-probe', 0, type, 'audit-probe-event', metaData,"
                    + " payload, payloadRevision, payloadType, timeStamp FROM DomainEventEntry WHERE payloadType LIKE '%InvitationsIssued'"
                    + " ORDER BY globalIndex LIMIT 1");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (ClusterNode node : nodes) {
            while (ready(node).path("missing_events_found").asLong() == 0) {
                assertThat(System.nanoTime()).as("%s found the missing event within 60 s", node.url()).isLessThan(deadline);
                Thread.sleep(200);
            }
        }
        Thread.sleep(8_000);
        for (ClusterNode node : nodes) {
            // rebuilt with it: later checks find nothing more missing
            assertThat(ready(node).path("missing_events_found").asLong()).as("missing found on %s", node.url()).isEqualTo(1);
        }
    }

    private static long eventsInStore() throws Exception {
        return single("SELECT count(*) FROM DomainEventEntry");
    }

    private static Path withIntervention(int n) throws Exception {
        Path bundle = OpenWaveBundle.write(work.resolve("change-" + n), "p1");
        Files.writeString(bundle.resolve("interventions.csv"), "intervention,type,title,unit,groups,started_on,ended_on\n"
                + "temadag-" + n + ",temadag,Temadag " + n + ",u1,skole;ppr," + java.time.LocalDate.now().minusDays(3) + ",\n");
        return bundle;
    }

    /** The mini sample as another study of the same organisation: the same questionnaires, new events. */
    private static Path copyOfMini(String study) throws Exception {
        Path target = work.resolve(study);
        try (var files = Files.walk(Cli.sample("mini"))) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(Cli.sample("mini").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (file.getFileName().toString().equals("study.json")) {
                    Files.writeString(copy, Files.readString(file).replace("\"study\": \"mini\"", "\"study\": \"" + study + "\""));
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        assertThat(Files.readString(target.resolve("study.json"))).contains("\"" + study + "\"");
        return target;
    }

    private static HttpResponse<String> post(ClusterNode node, String link, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/q/" + link + "/answers"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String uncheckedBundle() {
        try {
            return OpenWaveBundle.write(work.resolve("open-wave"), "p1").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> invite(Path cli, int count) throws Exception {
        StringBuilder respondents = new StringBuilder("respondent,respondent_group\n");
        int first = invited;
        invited += count;
        for (int i = first; i < invited; i++) {
            respondents.append("web-").append(i).append(",skole\n");
        }
        Path file = Files.writeString(work.resolve("respondents.csv"), respondents);
        Cli.Result invited = Cli.ok(onPostgres(() -> Cli.run("invite", "--data", cli.toString(), "--study", "aaben", "--wave", "nu",
                "--unit", "u1", "--respondents", file.toString())));
        return invited.out().lines().skip(1).map(line -> line.substring(line.lastIndexOf('/') + 1)).toList();
    }

    /** Answers every question about ppr with 4 through the node's JSON questionnaire; returns the HTTP status. */
    private static int submit(ClusterNode node, String link) throws Exception {
        return submit(node.url(), link);
    }

    private static int submit(String base, String link) throws Exception {
        HttpResponse<String> asked = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/" + link + "/answers")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (asked.statusCode() != 200) {
            return asked.statusCode();
        }
        StringBuilder answers = new StringBuilder("{\"answers\": [");
        String separator = "";
        for (JsonNode question : DomainJson.mapper().readTree(asked.body()).get("questions")) {
            if ("group:ppr".equals(question.path("target").asText())) {
                answers.append(separator).append(DomainJson.mapper().writeValueAsString(Map.of("instrument", question.get("instrument").asText(),
                        "target", "group:ppr", "item", question.get("item").asText(), "score", 4)));
                separator = ",";
            }
        }
        HttpResponse<String> submitted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/" + link + "/answers"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(answers + "]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return submitted.statusCode();
    }

    /** Milliseconds until the node's read model has applied the store up to {@code position}. */
    private static long lag(ClusterNode node, long position) throws Exception {
        long start = System.nanoTime();
        while (ready(node).path("applied_position").asLong() < position) {
            Thread.sleep(10);
            if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos()) {
                throw new AssertionError(node.url() + " did not reach position " + position + " within 30 s");
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void awaitEveryNodeAtTheHead() throws Exception {
        long head = head();
        for (ClusterNode node : nodes) {
            lag(node, head);
            assertThat(ready(node).path("ready").asBoolean()).as("%s ready", node.url()).isTrue();
        }
    }

    private static JsonNode ready(ClusterNode node) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return DomainJson.mapper().readTree(response.body());
    }

    private static JsonNode get(ClusterNode node, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Authorization", "Bearer " + apiToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DomainJson.mapper().readTree(response.body());
    }

    private static long head() throws Exception {
        return single("SELECT coalesce(max(globalIndex), -1) FROM DomainEventEntry");
    }

    private static long submittedInStore() throws Exception {
        return single("SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%QuestionnaireSubmitted'");
    }

    private static long single(String sql) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Runs an in-process command with its events in the cluster's PostgreSQL. */
    private static <T> T onPostgres(Supplier<T> command) {
        System.setProperty("spring.datasource.url", jdbcUrl);
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "postgres");
        try {
            return command.get();
        } finally {
            System.clearProperty("spring.datasource.url");
            System.clearProperty("spring.datasource.username");
            System.clearProperty("spring.datasource.password");
        }
    }
}
