package dk.samspil.ui.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dk.samspil.ui.cli.Cluster.OUT;

/**
 * Issue 18's cluster scenarios, each returning what it measured: ClusterTest runs them at compact
 * size and asserts on the figures, ClusterBench runs them at full size and prints them.
 */
final class ClusterScenarios {

    /** Questionnaires sent, answered 201, and stored; lag from commit on one node to another node's read model. */
    record Convergence(int sent, int accepted, long stored, List<Long> lagMillis, List<Integer> addedPerNode) {
    }

    /** Pairs of one link on two nodes at once: answers 201 and 404, pairs where both or neither were stored. */
    record SameLink(int pairs, int created, int refused, int both, int neither, long stored) {
    }

    record StudyChanges(int changes, long kept, long sequenceDefects, long retried) {
    }

    record Gap(long imported, int submitted, long stored) {
    }

    /** Events each cut-off import left in the store; the studies stored whole; kills that landed while an import appended. */
    record Kills(List<Long> added, List<String> stored, int whileAppending) {
    }

    record Erasure(long millis, List<Path> holding) {
    }

    /** A node started on a data folder: where its read model began, and how long until it was ready. */
    record CatchUp(ClusterNode node, long startPosition, long questionnaires, long events, double seconds) {

        double questionnairesPerSecond() {
            return questionnaires / seconds;
        }
    }

    private static final Pattern START = Pattern.compile("applied the event store up to position (-?\\d+)");

    private final Cluster cluster;
    /** False once the run's time is up: loops stop and say how far they got. */
    private final BooleanSupplier inTime;

    ClusterScenarios(Cluster cluster, BooleanSupplier inTime) {
        this.cluster = cluster;
        this.inTime = inTime;
    }

    /** The open-wave study the questionnaires are submitted to, imported once through the command line. */
    void openWave() throws Exception {
        Path bundle = OpenWaveBundle.write(cluster.work().resolve("open-wave"), "p1");
        Cli.ok(cluster.onPostgres(() -> Cli.run("--data", cluster.cli().toString(), "import", bundle.toString())));
    }

    /** Test 1: questionnaires spread over the nodes, four at a time; every fifth one's lag measured on the next node. */
    Convergence convergence(int submissions) throws Exception {
        List<String> links = cluster.invite(submissions);
        long before = cluster.submittedInStore();
        cluster.awaitEveryNodeAtTheHead();
        List<Integer> respondentsBefore = new ArrayList<>();
        for (ClusterNode node : cluster.nodes()) {
            respondentsBefore.add(cluster.openWaveRespondents(node));
        }
        List<Long> lagMillis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService respondents = Executors.newFixedThreadPool(4);
        List<Future<Integer>> answered = new ArrayList<>();
        for (int i = 0; i < submissions && inTime.getAsBoolean(); i++) {
            int n = i;
            answered.add(respondents.submit(() -> {
                int status = cluster.submit(cluster.entry(n), links.get(n));
                if (n % 5 == 0) {
                    lagMillis.add(cluster.lag(cluster.node(n + 1), cluster.head(), Duration.ofSeconds(30)));
                }
                return status;
            }));
        }
        int accepted = 0;
        for (Future<Integer> status : answered) {
            accepted += status.get(5, TimeUnit.MINUTES) == 201 ? 1 : 0;
        }
        respondents.shutdown();
        long stored = cluster.submittedInStore() - before;
        cluster.awaitEveryNodeAtTheHead();
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i < cluster.nodes().size(); i++) {
            added.add(cluster.openWaveRespondents(cluster.nodes().get(i)) - respondentsBefore.get(i));
        }
        return new Convergence(answered.size(), accepted, stored, List.copyOf(lagMillis), added);
    }

    /** Test 2: one link submitted on two nodes at the same moment, {@code pairs} times. */
    SameLink sameLinkOnTwoNodes(int pairs) throws Exception {
        List<String> links = cluster.invite(pairs);
        long before = cluster.submittedInStore();
        ExecutorService respondents = Executors.newFixedThreadPool(2);
        int created = 0;
        int refused = 0;
        int both = 0;
        int neither = 0;
        int done = 0;
        for (; done < pairs && inTime.getAsBoolean(); done++) {
            String link = links.get(done);
            CountDownLatch go = new CountDownLatch(1);
            ClusterNode one = cluster.node(done);
            ClusterNode other = cluster.node(done + 1);
            Future<Integer> first = respondents.submit(() -> {
                go.await();
                return cluster.submit(one.url(), link);
            });
            Future<Integer> second = respondents.submit(() -> {
                go.await();
                return cluster.submit(other.url(), link);
            });
            go.countDown();
            int stored = 0;
            for (int status : List.of(first.get(1, TimeUnit.MINUTES), second.get(1, TimeUnit.MINUTES))) {
                stored += status == 201 ? 1 : 0;
                refused += status == 404 ? 1 : 0;
            }
            created += stored;
            both += stored == 2 ? 1 : 0;
            neither += stored == 0 ? 1 : 0;
        }
        respondents.shutdown();
        return new SameLink(done, created, refused, both, neither, cluster.submittedInStore() - before);
    }

    /** Test 3: pairs of imports, each adding an intervention to one study, started on two nodes at the same moment. */
    StudyChanges studyChangedFromTwoNodes(int changes) throws Exception {
        long before = cluster.single("SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%InterventionPlanned'");
        ExecutorService importers = Executors.newFixedThreadPool(2);
        int made = 0;
        for (int pair = 0; pair < changes / 2 && inTime.getAsBoolean(); pair++) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Cli.Result>> imports = new ArrayList<>();
            for (int side = 0; side < 2; side++) {
                Path bundle = withIntervention(pair * 2 + side);
                ClusterNode node = cluster.node(side);
                imports.add(importers.submit(() -> {
                    go.await();
                    return Cli.run("--data", node.data().toString(), "import", bundle.toString());
                }));
            }
            go.countDown();
            for (Future<Cli.Result> imported : imports) {
                Cli.ok(imported.get(2, TimeUnit.MINUTES));
                made++;
            }
        }
        importers.shutdown();
        System.setOut(OUT);
        System.setErr(Cluster.ERR);
        long kept = cluster.single("SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%InterventionPlanned'") - before;
        // the study's own sequence: numbers missing or twice
        long defects = cluster.single("SELECT count(*) - count(DISTINCT sequenceNumber) + (max(sequenceNumber) + 1 - count(*))"
                + " FROM DomainEventEntry WHERE aggregateIdentifier = (SELECT aggregateIdentifier FROM DomainEventEntry"
                + " WHERE payloadType LIKE '%InterventionPlanned' ORDER BY globalIndex DESC LIMIT 1)");
        cluster.awaitEveryNodeAtTheHead();
        return new StudyChanges(made, kept, defects, conflictsRetried());
    }

    /** Test 4: {@code bundle} imported on the first node while the second takes a questionnaire every 100 ms. */
    Gap importWhileSubmitting(Path bundle, long questionnaires) throws Exception {
        List<String> links = cluster.invite(600);
        long before = cluster.submittedInStore();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Cli.Result> imported = pool.submit(() -> Cli.run("--data", cluster.node(0).data().toString(), "import", bundle.toString()));
        Future<Integer> answered = pool.submit(() -> {
            int n = 0;
            while (n < links.size() && (!imported.isDone() || n < 10)) {
                int status = cluster.submit(cluster.node(1).url(), links.get(n++));
                if (status != 201) {
                    throw new AssertionError("a questionnaire during the import was answered " + status);
                }
                Thread.sleep(100);
            }
            return n;
        });
        Cli.ok(imported.get(30, TimeUnit.MINUTES));
        int submitted = answered.get(5, TimeUnit.MINUTES);
        pool.shutdown();
        System.setOut(OUT);
        System.setErr(Cluster.ERR);
        long stored = cluster.submittedInStore() - before;
        cluster.awaitEveryNodeAtTheHead();
        return new Gap(questionnaires, submitted, stored);
    }

    /** Test 5: the last node killed (kill -9) at a random moment of an import of a copy of the mini sample, and started again. */
    Kills killsMidImport(int kills, long seed) throws Exception {
        Random random = new Random(seed);
        OUT.printf("kills with -Dsamspil.kill-seed=%d%n", seed);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        List<Long> added = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        int appending = 0;
        int last = cluster.nodes().size() - 1;
        // one import to the end first: the kills then land anywhere in an import's time, its appending at the end included
        long whole = System.nanoTime();
        Cli.ok(cluster.through(cluster.node(last), "import", copyOfMini("mini-unkilled").toString()));
        int importMillis = (int) ((System.nanoTime() - whole) / 1_000_000);
        OUT.printf("an import of the mini sample through the node takes %d ms%n", importMillis);
        for (int kill = 0; kill < kills && inTime.getAsBoolean(); kill++) {
            String study = "mini-kill-" + kill;
            Path bundle = copyOfMini(study);
            ClusterNode victim = cluster.node(last);
            long before = cluster.eventsInStore();
            Future<Cli.Result> imported = pool.submit(() -> Cli.run("--data", victim.data().toString(), "import", bundle.toString()));
            // every second kill waits for the import's appending transaction to be open: the window an all-or-nothing store must hold
            boolean duringAppend = kill % 2 == 1 && cluster.awaitAppendOpen(Duration.ofMillis(5L * importMillis));
            Thread.sleep(duringAppend ? random.nextInt(50) : 100 + random.nextInt(importMillis));
            victim.kill();
            Cli.Result result = imported.get(2, TimeUnit.MINUTES);
            System.setOut(OUT);
            System.setErr(Cluster.ERR);
            long gained = cluster.eventsInStore() - before;
            OUT.printf("kill %d%s: the import %s; the store gained %d events%n", kill, duringAppend ? " while it appended" : "",
                    result.exit() == 0 ? "had finished" : "was cut off", gained);
            appending += duringAppend ? 1 : 0;
            added.add(gained);
            if (gained > 0) {
                stored.add(study);
            }
            cluster.replace(last, cluster.startNode(victim.data()));
        }
        pool.shutdown();
        cluster.awaitEveryNodeAtTheHead();
        for (String study : stored) {
            for (ClusterNode node : cluster.nodes()) {
                MiniMatrix.assertMatches(cluster.through(node, "report", "matrix", "--study", study, "--wave", "w0", "--format", "json"));
            }
        }
        return new Kills(added, stored, appending);
    }

    /** Test 7: a person erased through the first node; how long until no file of any node holds their id. */
    Erasure erasure(String person, Duration patience) throws Exception {
        for (ClusterNode node : cluster.nodes()) {
            if (EraseCommandTest.filesHolding(node.data(), person).isEmpty()) {
                throw new AssertionError("no file of " + node.url() + " holds " + person + " before the erasure");
            }
        }
        long start = System.nanoTime();
        Cli.ok(cluster.through(cluster.node(0), "erase", "--respondent", person));
        List<Path> holding;
        do {
            Thread.sleep(100);
            holding = new ArrayList<>();
            for (ClusterNode node : cluster.nodes()) {
                holding.addAll(EraseCommandTest.filesHolding(node.data(), person));
            }
        } while (!holding.isEmpty() && System.nanoTime() - start < patience.toNanos());
        long millis = (System.nanoTime() - start) / 1_000_000;
        cluster.awaitEveryNodeAtTheHead();
        return new Erasure(millis, holding);
    }

    /** Test 6: a node started on {@code data} (empty, or a copy of another node's read model); the caller stops it. */
    CatchUp newNode(Path data) throws Exception {
        long questionnaires = cluster.submittedInStore();
        long events = cluster.eventsInStore();
        long start = System.nanoTime();
        ClusterNode node = cluster.startNode(data);
        try {
            while (!cluster.ready(node).path("ready").asBoolean()) {
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Matcher began = START.matcher(node.log());
            if (!began.find()) {
                throw new AssertionError("the node on " + data + " did not log where its read model began");
            }
            return new CatchUp(node, Long.parseLong(began.group(1)), questionnaires, events, seconds);
        } catch (Exception | AssertionError e) {
            node.close();
            throw e;
        }
    }

    /**
     * A new data folder holding a copy of the read model in use in {@code from}, whose Samspil process
     * is stopped (a running one is still writing it): the file named by readmodel.current, else readmodel.duckdb.
     */
    static Path copyOfReadModel(Path from, Path to) throws Exception {
        Path current = from.resolve("readmodel.current");
        Path file = from.resolve(Files.exists(current) ? Files.readString(current).strip() : "readmodel.duckdb");
        Files.createDirectories(to);
        Files.copy(file, to.resolve("readmodel.duckdb"));
        Path wal = file.resolveSibling(file.getFileName() + ".wal");
        if (Files.exists(wal)) {
            Files.copy(wal, to.resolve("readmodel.duckdb.wal"));
        }
        return to;
    }

    /** Transactions run again after a conflict, over every node. */
    long conflictsRetried() throws Exception {
        long retried = 0;
        for (ClusterNode node : cluster.nodes()) {
            retried += cluster.ready(node).path("conflicts_retried").asLong();
        }
        return retried;
    }

    private Path withIntervention(int n) throws Exception {
        Path bundle = OpenWaveBundle.write(cluster.work().resolve("change-" + n), "p1");
        Files.writeString(bundle.resolve("interventions.csv"), "intervention,type,title,unit,groups,started_on,ended_on\n"
                + "temadag-" + n + ",temadag,Temadag " + n + ",u1,skole;ppr," + java.time.LocalDate.now().minusDays(3) + ",\n");
        return bundle;
    }

    /** The mini sample as another study of the same organisation: the same questionnaires, new events. */
    Path copyOfMini(String study) throws Exception {
        Path target = cluster.work().resolve(study);
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
        if (!Files.readString(target.resolve("study.json")).contains("\"" + study + "\"")) {
            throw new IllegalStateException("the copy of the mini sample did not get its study key " + study);
        }
        return target;
    }
}
