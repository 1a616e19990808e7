package dk.samspil.ui.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of a cluster's nodes, started with the configuration the README
 * documents (docs/deploy/haproxy.cfg), when it is installed (.ci/haproxy.sh installs it).
 */
final class ClusterProxy implements AutoCloseable {

    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    private static final Path CONFIG = Path.of("..", "docs", "deploy", "haproxy.cfg");

    private final Process process;
    private final String url;

    private ClusterProxy(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** HAProxy in front of the nodes once every one passes its readiness check; empty when HAProxy is not installed. */
    static Optional<ClusterProxy> start(List<ClusterNode> nodes, Path log) throws Exception {
        if (!Files.isExecutable(HAPROXY)) {
            return Optional.empty();
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(HAPROXY.toString(), "-f", CONFIG.toString(), "-db")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SAMSPIL_LISTEN", "127.0.0.1:" + port);
        for (int i = 0; i < nodes.size(); i++) {
            builder.environment().put("SAMSPIL_NODE" + (i + 1), URI.create(nodes.get(i).url()).getAuthority());
        }
        ClusterProxy proxy = new ClusterProxy(builder.start(), "http://127.0.0.1:" + port);
        proxy.awaitServing(nodes.size());
        return Optional.of(proxy);
    }

    // HAProxy sends requests only to nodes whose /ready answered 200: wait until each has passed once
    private void awaitServing(int nodes) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int served = 0;
        while (served < 3 * nodes) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("HAProxy did not serve the nodes within 30 s; see its log");
            }
            try {
                served = http.send(HttpRequest.newBuilder(URI.create(url + "/ready")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200 ? served + 1 : 0;
            } catch (IOException notYet) {
                served = 0;
            }
            Thread.sleep(100);
        }
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
