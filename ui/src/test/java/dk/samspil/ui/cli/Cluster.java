package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Samspil nodes on one PostgreSQL, each a JVM of its own with its own data folder, behind HAProxy
 * where it is installed, and a command-line data folder beside them: what ClusterTest checks at
 * compact size and ./samspil bench cluster measures at full size.
 */
final class Cluster implements AutoCloseable {

    /** Cli.run swaps System.out while a command runs, and two at once leave a stale one: figures go here. */
    static final PrintStream OUT = System.out;
    static final PrintStream ERR = System.err;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Optional<EmbeddedPostgres> embedded;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Path work;
    private final Map<String, String> settings;
    private final List<String> jvm;
    private final List<ClusterNode> nodes = new ArrayList<>();
    private Optional<ClusterProxy> proxy = Optional.empty();
    private String apiToken;
    private int invited;

    private Cluster(Optional<EmbeddedPostgres> embedded, String jdbcUrl, String user, String password, Path work, List<String> jvm,
                    Map<String, String> settings) {
        this.jvm = jvm;
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.work = work;
        this.settings = new java.util.HashMap<>(settings);
        // the line that says where a node's read model began (ClusterScenarios.newNode reads it)
        this.settings.put("logging.level.dk.samspil.ui.runtime.readmodel.ReadModelPosition", "INFO");
    }

    /**
     * Starts {@code count} nodes on the PostgreSQL of SPRING_DATASOURCE_URL when {@code external} and it is set
     * (its event store must be empty: the figures count what the run adds), else on a throwaway one (zonky).
     */
    static Cluster start(Path work, int count, List<String> jvm, Map<String, String> settings, boolean external) throws Exception {
        String url = external ? System.getenv("SPRING_DATASOURCE_URL") : null;
        Cluster cluster;
        if (url == null || url.isBlank()) {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            cluster = new Cluster(Optional.of(postgres), postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", work, jvm, settings);
        } else {
            cluster = new Cluster(Optional.empty(), url, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", ""),
                    System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""), work, jvm, settings);
            if (cluster.tableExists("domainevententry") && cluster.eventsInStore() > 0) {
                throw new IllegalArgumentException("SPRING_DATASOURCE_URL: the event store at " + url + " holds "
                        + cluster.eventsInStore() + " events; the cluster benchmark counts what it adds, so give it an empty database");
            }
        }
        Path cli = cluster.cli();
        Cli.ok(cluster.onPostgres(() -> Cli.run(cli, "cluster-admin-2026", "user", "add", "--username", "admin", "--role", "admin")));
        cluster.apiToken = Cli.ok(cluster.onPostgres(() -> Cli.run(cli, "", "user", "token", "create", "--username", "admin", "--days", "1",
                "--label", "cluster"))).out().strip();
        ExecutorService starting = Executors.newFixedThreadPool(count);
        List<Future<ClusterNode>> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path data = work.resolve("node-" + (char) ('a' + i));
            started.add(starting.submit(() -> ClusterNode.start(data, cluster.jdbcUrl, cluster.user, cluster.password, jvm, cluster.settings)));
        }
        for (Future<ClusterNode> node : started) {
            cluster.nodes.add(node.get(5, TimeUnit.MINUTES));
        }
        starting.shutdown();
        cluster.proxy = ClusterProxy.start(cluster.nodes, work.resolve("haproxy.log"));
        OUT.println(cluster.proxy.map(p -> "the nodes are behind HAProxy at " + p.url())
                .orElse("HAProxy is not installed: requests go to the nodes directly"));
        return cluster;
    }

    @Override
    public void close() throws Exception {
        if (proxy.isPresent()) {
            proxy.get().close();
        }
        for (ClusterNode node : nodes) {
            node.close();
        }
        if (embedded.isPresent()) {
            embedded.get().close();
        }
    }

    Path work() {
        return work;
    }

    /** The command line's own data folder: one more node, with its read model rebuilt from the store as it goes. */
    Path cli() {
        return work.resolve("cli");
    }

    List<ClusterNode> nodes() {
        return nodes;
    }

    /** The n-th node, round the cluster. */
    ClusterNode node(int n) {
        return nodes.get(Math.floorMod(n, nodes.size()));
    }

    Optional<ClusterProxy> proxy() {
        return proxy;
    }

    /** Where the n-th respondent submits: HAProxy when installed (it spreads them round-robin), else the nodes in turn. */
    String entry(int n) {
        return proxy.map(ClusterProxy::url).orElseGet(() -> node(n).url());
    }

    /** A node (started again, or new) on {@code data}, with the cluster's settings. */
    ClusterNode startNode(Path data) throws IOException {
        return ClusterNode.start(data, jdbcUrl, user, password, jvm, settings);
    }

    void replace(int n, ClusterNode node) {
        nodes.set(Math.floorMod(n, nodes.size()), node);
    }

    /** Runs an in-process command with its events in the cluster's PostgreSQL. */
    <T> T onPostgres(Supplier<T> command) {
        System.setProperty("spring.datasource.url", jdbcUrl);
        System.setProperty("spring.datasource.username", user);
        System.setProperty("spring.datasource.password", password);
        try {
            return command.get();
        } finally {
            System.clearProperty("spring.datasource.url");
            System.clearProperty("spring.datasource.username");
            System.clearProperty("spring.datasource.password");
            System.setOut(OUT);
            System.setErr(ERR);
        }
    }

    /** Runs a command on a node's data folder: it goes through that node, as on one machine. */
    Cli.Result through(ClusterNode node, String... args) {
        Cli.Result result = Cli.run(java.util.stream.Stream.concat(java.util.stream.Stream.of("--data", node.data().toString()),
                java.util.stream.Stream.of(args)).toArray(String[]::new));
        System.setOut(OUT);
        System.setErr(ERR);
        return result;
    }

    /** Invites {@code count} new respondents of group skole to the open wave of study aaben; returns their links. */
    List<String> invite(int count) throws Exception {
        StringBuilder respondents = new StringBuilder("respondent,respondent_group\n");
        int first = invited;
        invited += count;
        for (int i = first; i < invited; i++) {
            respondents.append("web-").append(i).append(",skole\n");
        }
        Path file = Files.writeString(work.resolve("respondents.csv"), respondents);
        Cli.Result result = Cli.ok(onPostgres(() -> Cli.run("invite", "--data", cli().toString(), "--study", "aaben", "--wave", "nu",
                "--unit", "u1", "--respondents", file.toString())));
        return result.out().lines().skip(1).map(line -> line.substring(line.lastIndexOf('/') + 1)).toList();
    }

    /** Answers every question about ppr with 4 through the JSON questionnaire at {@code base}; returns the HTTP status. */
    static int submit(String base, String link) throws Exception {
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
        return post(base, link, answers + "]}").statusCode();
    }

    static HttpResponse<String> post(String base, String link, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/" + link + "/answers"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Milliseconds until the node's read model has applied the store up to {@code position}. */
    long lag(ClusterNode node, long position, Duration patience) throws Exception {
        long start = System.nanoTime();
        while (ready(node).path("applied_position").asLong() < position) {
            Thread.sleep(10);
            if (System.nanoTime() - start > patience.toNanos()) {
                throw new AssertionError(node.url() + " did not reach position " + position + " within " + patience.toSeconds() + " s");
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Waits until every node has applied the store's newest event and says it is ready. */
    void awaitEveryNodeAtTheHead() throws Exception {
        long head = head();
        for (ClusterNode node : nodes) {
            lag(node, head, Duration.ofMinutes(5));
            if (!ready(node).path("ready").asBoolean()) {
                throw new AssertionError(node.url() + " has applied the store but is not ready");
            }
        }
    }

    /** The node's /ready answer, whatever its status. */
    JsonNode ready(ClusterNode node) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return DomainJson.mapper().readTree(response.body());
    }

    /** A read-API answer from the node, as the cluster's admin. */
    JsonNode get(ClusterNode node, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Authorization", "Bearer " + apiToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(node.url() + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return DomainJson.mapper().readTree(response.body());
    }

    /** The respondents of group skole who rated ppr in the open wave, on the node's read model. */
    int openWaveRespondents(ClusterNode node) throws Exception {
        for (JsonNode cell : get(node, "/api/v1/studies/aaben/matrix?wave=nu").get("cells")) {
            if (cell.get("rater_group").asText().equals("skole") && cell.get("target_group").asText().equals("ppr")) {
                return cell.get("n").asInt();
            }
        }
        throw new AssertionError("no cell skole → ppr on " + node.url());
    }

    /**
     * Waits until a transaction holds rows of DomainEventEntry it has not committed (an import appending),
     * as PostgreSQL's lock table shows; false when none did within {@code patience}.
     */
    boolean awaitAppendOpen(Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (single("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                    + " WHERE c.relname = 'domainevententry' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()") > 0) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    long head() throws Exception {
        return single("SELECT coalesce(max(globalIndex), -1) FROM DomainEventEntry");
    }

    long eventsInStore() throws Exception {
        return single("SELECT count(*) FROM DomainEventEntry");
    }

    long submittedInStore() throws Exception {
        return single("SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%QuestionnaireSubmitted'");
    }

    /** Submissions stored more than once: two QuestionnaireSubmitted events of one submission. */
    long storedTwice() throws Exception {
        return single("SELECT count(*) FROM (SELECT aggregateIdentifier FROM DomainEventEntry WHERE payloadType LIKE '%QuestionnaireSubmitted'"
                + " GROUP BY aggregateIdentifier HAVING count(*) > 1) twice");
    }

    long single(String sql) throws Exception {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    void execute(String sql) throws Exception {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private boolean tableExists(String table) throws Exception {
        try (Connection c = connection(); ResultSet r = c.getMetaData().getTables(null, null, table, null)) {
            return r.next();
        }
    }

    private Connection connection() throws Exception {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
