package dk.samspil.ui.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged application started as `./samspil demo` starts it, on a free port, with its output in a log file. */
final class RunningApp implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("Samspil is serving (http://localhost:\\d+)");

    private final Process process;
    private final String url;

    private RunningApp(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts `java -jar target/samspil.jar --data DATA demo --port 0` and waits until it serves. */
    static RunningApp demo(Path data, Path log) throws IOException, InterruptedException {
        return demo(data, log, java.util.Map.of());
    }

    /** The same, with settings given as an installation gives them: environment variables (e.g. an identity provider's). */
    static RunningApp demo(Path data, Path log, java.util.Map<String, String> environment) throws IOException, InterruptedException {
        Path jar = Path.of("target", "samspil.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: end-to-end tests run after `package`");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-jar", jar.toString(),
                "--data", data.toString(), "demo", "--port", "0")).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> serving = new CompletableFuture<>();
        Thread pump = Thread.ofVirtual().start(() -> {
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
                serving.completeExceptionally(new IllegalStateException("the application stopped before serving; see " + log));
            } catch (IOException e) {
                serving.completeExceptionally(e);
            }
        });
        try {
            return new RunningApp(process, serving.get(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            pump.interrupt();
            throw new IllegalStateException("the demo did not start within 5 minutes; see " + log, e);
        }
    }

    /** Runs `java -jar target/samspil.jar --data DATA ARGS...` to its end; returns its exit code and everything it printed. */
    static Finished run(Path data, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-jar",
                Path.of("target", "samspil.jar").toString(), "--data", data.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("samspil " + String.join(" ", args) + " did not finish within 5 minutes:\n" + output);
        }
        return new Finished(process.exitValue(), output);
    }

    record Finished(int exit, String output) {
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
