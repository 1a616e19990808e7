package dk.samspil.ui.cli;

import dk.samspil.ui.SamspilApplication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One node of a cluster: `./samspil serve` in a JVM of its own, on a free port, with its events
 * in a shared PostgreSQL (SPRING_DATASOURCE_URL, as an installation sets it) and its read model in
 * its own data folder. Its output goes to a log file under target/cluster-logs.
 */
final class ClusterNode implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("Samspil is serving (http://localhost:\\d+)");

    private final Process process;
    private final Path data;
    private final String url;
    private final Path log;

    private ClusterNode(Process process, Path data, String url, Path log) {
        this.process = process;
        this.data = data;
        this.url = url;
        this.log = log;
    }

    /** The tests' nodes start fast and stay small; they do little work each. */
    static final List<String> QUICK = List.of("-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    /** As ./samspil runs the application: what the benchmark measures. */
    static final List<String> AS_LAUNCHED = List.of("-XX:+UseParallelGC", "-Xmx1g", "-Xmn600m");

    /** Starts a node and waits until it serves; {@code jvm} options first, {@code settings} as system properties (-Dkey=value). */
    static ClusterNode start(Path data, String jdbcUrl, String user, String password, List<String> jvm, Map<String, String> settings)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvm);
        // the test class path has the production bundle but not the packaged jar's build info that says so
        command.add("-Dvaadin.productionMode=true");
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SamspilApplication.class.getName(),
                "--data", data.toString(), "serve", "--port", "0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", user);
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", password);
        Path log = log(data);
        Process process = builder.start();
        CompletableFuture<String> serving = new CompletableFuture<>();
        // never outlives the JVM that started it, even when a test fails before closing it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        // a platform thread: a virtual one blocked reading the pipe can hold a carrier that another node's reader then waits for
        Thread.ofPlatform().daemon().name("node-log-" + data.getFileName()).start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                String line;
                while ((line = out.readLine()) != null) {
                    file.println(line);
                    Matcher matcher = SERVING.matcher(line);
                    if (matcher.find()) {
                        serving.complete(matcher.group(1));
                    }
                }
                serving.completeExceptionally(new IllegalStateException("the node stopped before serving: " + Files.readString(log)));
            } catch (IOException e) {
                serving.completeExceptionally(e);
            }
        });
        try {
            return new ClusterNode(process, data, serving.get(Duration.ofMinutes(3).toSeconds(), TimeUnit.SECONDS), log);
        } catch (Exception e) {
            threadDump(process, log);
            process.destroyForcibly();
            throw new IllegalStateException("the node on " + data + " did not serve within 3 minutes; see " + log, e);
        }
    }

    // what a node that never served was doing, for its log
    private static void threadDump(Process process, Path log) {
        Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
        try {
            new ProcessBuilder(jstack.toString(), String.valueOf(process.pid())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // the log says what it can without it
        }
    }

    /** Under target/, so that it outlives the test's temporary folder: a failing cluster run is read from these. */
    static Path log(Path data) throws IOException {
        return Files.createDirectories(Path.of("target", "cluster-logs")).resolve(data.getFileName() + "-" + System.nanoTime() + ".log");
    }

    String url() {
        return url;
    }

    Path data() {
        return data;
    }

    /** What the node has printed so far. */
    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook runs, nothing is flushed or released. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
