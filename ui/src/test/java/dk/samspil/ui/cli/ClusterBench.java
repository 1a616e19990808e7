package dk.samspil.ui.cli;

import dk.samspil.domain.shared.DomainJson;
import dk.samspil.ui.runtime.bench.BenchPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * ./samspil bench cluster: issue 18's scenarios at full size on N nodes, bounded by --minutes, ending
 * with one JSON object of figures. Not part of the test suite (its name does not end in Test);
 * ClusterTest runs the same scenarios at compact size.
 */
class ClusterBench {

    private static final int NODES = Integer.getInteger("samspil.bench.cluster.nodes", 3);
    private static final int MINUTES = Integer.getInteger("samspil.bench.cluster.minutes", 30);
    private static final boolean ALL = Boolean.getBoolean("samspil.bench.cluster.all");
    private static final Path OUT = Path.of(System.getProperty("samspil.bench.cluster.out", "target/bench-cluster.json"));
    private static final int MINI_QUESTIONNAIRES = 2208;
    /** Test 4: one organisation of 3,200 respondents x 8 waves, imported in one transaction (Axon forgets gaps 10,000 below the head). */
    private static final BenchPreset GAP = new BenchPreset("gap", 1, 3200, 10, 10, 8);

    @TempDir
    Path work;

    private final Map<String, Object> scenarios = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private long deadline;
    private int sent;
    private int accepted;
    private long stored;
    private long lost;
    private long refusedAsUsed;
    private final List<Long> lags = new ArrayList<>();
    private Double catchUp;

    @Test
    void cluster() throws Exception {
        deadline = System.nanoTime() + Duration.ofMinutes(MINUTES).toNanos();
        BooleanSupplier inTime = () -> System.nanoTime() < deadline;
        Map<String, Object> result = new LinkedHashMap<>();
        try (Cluster cluster = Cluster.start(work, NODES, ClusterNode.AS_LAUNCHED, Map.of("samspil.read-model.audit-seconds", "10"), true)) {
            ClusterScenarios run = new ClusterScenarios(cluster, inTime);
            step("setup", () -> {
                Cli.ok(cluster.onPostgres(() -> Cli.run("--data", cluster.cli().toString(), "import", Cli.sample("mini").toString())));
                run.openWave();
                return Map.of("questionnaires", cluster.submittedInStore());
            });
            step("1 convergence", () -> convergence(run.convergence(2_000)));
            step("2 same link on two nodes", () -> sameLink(run.sameLinkOnTwoNodes(500), cluster));
            if (ALL) {
                step("3 study changed from two nodes", () -> changes(run.studyChangedFromTwoNodes(200)));
            }
            step("4 import while submitting", () -> gap(run, cluster));
            if (ALL) {
                step("5 kill -9 mid-import", () -> kills(run.killsMidImport(10, System.nanoTime())));
                step("6 new node on DK-5", () -> newNodes(run, cluster));
            }
            step("7 erasure", () -> erasure(run.erasure("p00007", Duration.ofMinutes(5)), cluster));
            if (ALL) {
                step("8 backup and replay while submitting", () -> backupAndReplay(run, cluster));
            }
            List<Long> applied = new ArrayList<>();
            List<Long> missing = new ArrayList<>();
            cluster.awaitEveryNodeAtTheHead();
            for (ClusterNode node : cluster.nodes()) {
                applied.add(cluster.ready(node).path("applied_position").asLong());
                missing.add(cluster.ready(node).path("missing_events_found").asLong());
            }
            long twice = cluster.storedTwice();
            result.put("nodes", NODES);
            result.put("submissions_sent", sent);
            result.put("submissions_stored", stored);
            // test 2 sends each link twice: the second is told it is used
            result.put("submissions_refused_as_already_used", refusedAsUsed);
            result.put("applied_per_node", applied);
            result.put("store_position", cluster.head());
            result.put("lost", lost);
            result.put("duplicated", twice);
            result.put("lag_ms", percentiles(lags));
            result.put("catch_up_questionnaires_per_s", catchUp);
            result.put("conflicts_retried", run.conflictsRetried());
            result.put("missing_events_found_per_node", missing);
            result.put("haproxy", cluster.proxy().isPresent());
            result.put("scenarios", scenarios);
            result.put("failures", failures);
            if (lost != 0 || twice != 0 || accepted != stored) {
                failures.add("lost " + lost + ", duplicated " + twice + ", answered 201 " + accepted + " but stored " + stored);
            }
        } catch (Exception | AssertionError e) {
            failures.add("the cluster: " + e);
            result.put("scenarios", scenarios);
            result.put("failures", failures);
        }
        Files.createDirectories(OUT.toAbsolutePath().getParent());
        Files.writeString(OUT, DomainJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n");
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("; ", failures));
        }
    }

    /** Runs one scenario while time is left, and notes its figures, its time and whether it held. */
    private void step(String name, Callable<Map<String, Object>> scenario) {
        Map<String, Object> figures = new LinkedHashMap<>();
        if (System.nanoTime() >= deadline) {
            figures.put("status", "skipped: --minutes ran out");
            scenarios.put(name, figures);
            return;
        }
        Cluster.OUT.println("bench cluster: " + name);
        long start = System.nanoTime();
        try {
            figures.putAll(scenario.call());
            figures.put("status", System.nanoTime() < deadline ? "done" : "cut short: --minutes ran out");
        } catch (Exception | AssertionError e) {
            figures.put("status", "failed: " + e.getMessage());
            failures.add(name + ": " + e.getMessage());
        }
        figures.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        scenarios.put(name, figures);
    }

    private Map<String, Object> convergence(ClusterScenarios.Convergence spread) {
        count(spread.sent(), spread.accepted(), spread.stored());
        lags.addAll(spread.lagMillis());
        if (spread.addedPerNode().stream().anyMatch(added -> added != spread.accepted())) {
            throw new AssertionError("respondents added per node " + spread.addedPerNode() + ", stored " + spread.accepted());
        }
        return Map.of("sent", spread.sent(), "answered_201", spread.accepted(), "stored", spread.stored(),
                "added_per_node", spread.addedPerNode(), "lag_ms", percentiles(spread.lagMillis()));
    }

    private Map<String, Object> sameLink(ClusterScenarios.SameLink pairs, Cluster cluster) {
        sent += 2 * pairs.pairs();
        refusedAsUsed += pairs.refused();
        accepted += pairs.created();
        stored += pairs.stored();
        lost += Math.max(0, pairs.created() - pairs.stored()) + pairs.neither();
        if (pairs.both() > 0 || pairs.neither() > 0) {
            throw new AssertionError(pairs.both() + " links stored twice, " + pairs.neither() + " not at all");
        }
        return Map.of("pairs", pairs.pairs(), "answered_201", pairs.created(), "answered_404", pairs.refused(), "stored", pairs.stored());
    }

    private Map<String, Object> changes(ClusterScenarios.StudyChanges changes) {
        if (changes.kept() != changes.changes() || changes.sequenceDefects() != 0) {
            throw new AssertionError(changes.changes() + " changes made, " + changes.kept() + " kept, " + changes.sequenceDefects()
                    + " sequence numbers missing or twice");
        }
        return Map.of("changes", changes.changes(), "kept", changes.kept(), "retried_so_far", changes.retried());
    }

    private Map<String, Object> gap(ClusterScenarios run, Cluster cluster) throws Exception {
        Path bundle = GAP.bundle(work.resolve("gap"), 0);
        GAP.organisation(0).write(bundle);
        long events = cluster.eventsInStore();
        ClusterScenarios.Gap gap = run.importWhileSubmitting(bundle, GAP.questionnaires());
        count(gap.submitted(), gap.submitted(), gap.stored() - gap.imported());
        String study = GAP.organisation(0).study();
        String clean = Cli.ok(cluster.onPostgres(() -> Cli.run("--data", cluster.cli().toString(), "report", "matrix", "--study", study,
                "--wave", "m42", "--format", "json"))).out();
        for (ClusterNode node : cluster.nodes()) {
            String served = Cli.ok(cluster.through(node, "report", "matrix", "--study", study, "--wave", "m42", "--format", "json")).out();
            if (!served.equals(clean)) {
                throw new AssertionError(node.url() + "'s matrix of " + study + " differs from a clean rebuild's");
            }
        }
        return Map.of("imported_questionnaires", gap.imported(), "events_added", cluster.eventsInStore() - events,
                "submitted_meanwhile", gap.submitted(), "stored", gap.stored(), "nodes_equal_a_clean_rebuild", true);
    }

    private Map<String, Object> kills(ClusterScenarios.Kills kills) {
        List<Long> gained = kills.added().stream().filter(added -> added > 0).distinct().toList();
        if (gained.size() > 1) {
            throw new AssertionError("imports cut off by kill -9 left different numbers of events: " + kills.added());
        }
        return Map.of("kills", kills.added().size(), "kills_while_appending", kills.whileAppending(), "events_each_import_left", kills.added(),
                "imports_stored", kills.stored().size());
    }

    private Map<String, Object> newNodes(ClusterScenarios run, Cluster cluster) throws Exception {
        BenchPreset dk5 = BenchPreset.named("dk-5");
        List<String> bundles = new ArrayList<>(List.of("--data", cluster.cli().toString(), "import"));
        // organisations 2 to 6: the first is test 4's
        for (int org = 1; org <= dk5.organisations(); org++) {
            Path bundle = dk5.bundle(work.resolve("dk-5"), org);
            dk5.organisation(org).write(bundle);
            bundles.add(bundle.toString());
        }
        long importStart = System.nanoTime();
        Cli.ok(cluster.onPostgres(() -> Cli.run(bundles.toArray(String[]::new))));
        double importSeconds = (System.nanoTime() - importStart) / 1e9;
        ClusterScenarios.CatchUp empty = run.newNode(work.resolve("node-new"));
        empty.node().close();
        catchUp = Math.round(empty.questionnairesPerSecond() * 10) / 10.0;
        ClusterScenarios.CatchUp copied = run.newNode(ClusterScenarios.copyOfReadModel(cluster.cli(), work.resolve("node-from-copy")));
        copied.node().close();
        return Map.of("store_questionnaires", empty.questionnaires(), "store_events", empty.events(),
                "dk5_import_seconds", Math.round(importSeconds * 10) / 10.0, "empty_node_ready_seconds", Math.round(empty.seconds() * 10) / 10.0,
                "catch_up_questionnaires_per_s", catchUp, "node_from_copy_began_at", copied.startPosition(),
                "node_from_copy_ready_seconds", Math.round(copied.seconds() * 10) / 10.0);
    }

    private Map<String, Object> erasure(ClusterScenarios.Erasure erased, Cluster cluster) throws Exception {
        if (!erased.holding().isEmpty()) {
            throw new AssertionError("files still holding the person: " + erased.holding());
        }
        return Map.of("millis_until_no_file_of_any_node_held_the_person", erased.millis(), "store_questionnaires", cluster.submittedInStore());
    }

    /** Test 8: a backup through the first node and a replay through the second while the third takes questionnaires. */
    private Map<String, Object> backupAndReplay(ClusterScenarios run, Cluster cluster) throws Exception {
        List<String> links = cluster.invite(3_000);
        long before = cluster.submittedInStore();
        java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.concurrent.Future<Integer> answering = pool.submit(() -> {
            int n = 0;
            while (busy.get() && n < links.size()) {
                int status = cluster.submit(cluster.node(2).url(), links.get(n++));
                if (status != 201) {
                    throw new AssertionError("a questionnaire during the backup and replay was answered " + status);
                }
            }
            return n;
        });
        Path backup = work.resolve("cluster-backup.zip");
        java.util.concurrent.Future<Cli.Result> backedUp = pool.submit(() -> cluster.through(cluster.node(0), "backup", "--out", backup.toString()));
        java.util.concurrent.Future<Cli.Result> replayed = pool.submit(() -> cluster.through(cluster.node(1), "replay"));
        Cli.ok(backedUp.get(30, java.util.concurrent.TimeUnit.MINUTES));
        // two commands at once share System.out in this JVM: the backup is read from its file
        dk.samspil.ui.app.backup.BackupManifest manifest;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile())) {
            manifest = DomainJson.mapper().readValue(zip.getInputStream(zip.getEntry(dk.samspil.ui.app.backup.BackupManifest.FILE)),
                    dk.samspil.ui.app.backup.BackupManifest.class);
        }
        String replaySaid = Cli.ok(replayed.get(30, java.util.concurrent.TimeUnit.MINUTES)).out().strip();
        busy.set(false);
        int submitted = answering.get(5, java.util.concurrent.TimeUnit.MINUTES);
        pool.shutdown();
        long added = cluster.submittedInStore() - before;
        count(submitted, submitted, added);
        cluster.awaitEveryNodeAtTheHead();
        if (manifest.rows("DomainEventEntry") <= 0) {
            throw new AssertionError("the backup holds no events");
        }
        return Map.of("backup_events", manifest.rows("DomainEventEntry"), "backup_position", manifest.eventPosition(),
                "backup_bytes", Files.size(backup), "replay", replaySaid, "submitted_meanwhile", submitted, "stored", added);
    }

    private void count(int sentNow, int acceptedNow, long storedNow) {
        sent += sentNow;
        accepted += acceptedNow;
        stored += storedNow;
        lost += Math.max(0, acceptedNow - storedNow);
    }

    private static Map<String, Object> percentiles(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        Map<String, Object> p = new LinkedHashMap<>();
        for (int q : List.of(50, 95, 99)) {
            p.put("p" + q, sorted.isEmpty() ? null : sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * q / 100.0) - 1)));
        }
        return p;
    }
}
