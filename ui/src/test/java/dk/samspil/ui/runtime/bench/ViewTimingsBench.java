package dk.samspil.ui.runtime.bench;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.replay.ReadModelAudit;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark behind `./samspil bench views DATA [VIEW...]` (not a test: surefire runs it only when named):
 * the server time of opening each view, from navigation to a rendered component tree, over an
 * existing data folder such as DK-50's. Prints p50/p95 per view and writes view-timings.json there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@WithMockUser(username = "bench-admin", roles = "ADMIN")
class ViewTimingsBench extends SpringBrowserlessTest {

    // a view's code paths are compiled by the JIT over its first navigations; the figures are of a warmed server (after ten,
    // the effects view, the one with the most code, still got faster through the measured runs: 200 ms falling to 150)
    private static final int WARM_UP = 30;
    private static final int RUNS = 30;
    private static final List<String> VIEWS = List.of("", "matrix", "network", "profile", "timeline", "effects", "history",
            "interventions");

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("samspil.data", ViewTimingsBench::data);
        // as ./samspil serve runs Vaadin (the jar is built for production): no development-mode bookkeeping per component
        registry.add("vaadin.productionMode", () -> "true");
    }

    @Autowired
    ReadModelSync sync;
    @Autowired
    StudyCatalog catalog;
    @Autowired
    ReadModelAudit audit;

    @Test
    void time_every_view() throws Exception {
        sync.awaitCaughtUp(Duration.ofHours(1), at -> { });
        // a serving node's first audit, a minute after its start, counts the event store's index from disk (DK-50's H2 file:
        // 5.6 s cold, 0.1 ms after); run it now, as on a node that has served for a minute, rather than amid the measurements
        audit.check();
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
        List<StudySummary.Named> studies = catalog.studies();
        String study = studies.get(studies.size() / 2).key();
        Map<String, double[]> results = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%-14s %9s %9s %9s%n", "view", "p50 ms", "p95 ms", "max ms"));
        for (String view : chosen()) {
            for (int i = 0; i < WARM_UP; i++) {
                go(view, study);
                go("history", study);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                // leave the view first, so each run builds it anew as a user's navigation does
                go(i % 2 == 0 ? "matrix" : "history", study);
                long start = System.nanoTime();
                go(view, study);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            double[] figures = {percentile(millis, 50), percentile(millis, 95), millis.getLast()};
            results.put(view.isEmpty() ? "overview" : view, figures);
            report.append(String.format(Locale.ROOT, "%-14s %9.1f %9.1f %9.1f%n", view.isEmpty() ? "overview" : view,
                    figures[0], figures[1], figures[2]));
        }
        System.out.println("\nServer time per view, study " + study + " (" + RUNS + " navigations each, after " + WARM_UP + " warm-up)\n" + report);
        StringBuilder json = new StringBuilder("{\n  \"study\": \"" + study + "\",\n  \"runs\": " + RUNS + ",\n  \"views\": {\n");
        results.forEach((view, f) -> json.append(String.format(Locale.ROOT, "    \"%s\": {\"p50_ms\": %.1f, \"p95_ms\": %.1f, \"max_ms\": %.1f},%n",
                view, f[0], f[1], f[2])));
        json.setLength(json.length() - 2);
        json.append("\n  }\n}\n");
        Files.writeString(Path.of(data(), "view-timings.json"), json);
    }

    private static void go(String view, String study) {
        UI.getCurrent().navigate(view, QueryParameters.simple(Map.of("study", study)));
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    /** The views named after the data folder (overview for the start page), else all. */
    private static List<String> chosen() {
        String only = System.getProperty("samspil.bench.views.only", "").trim();
        if (only.isEmpty()) {
            return VIEWS;
        }
        List<String> named = java.util.Arrays.stream(only.split("[,\\s]+")).map(v -> v.equals("overview") ? "" : v).toList();
        List<String> unknown = named.stream().filter(v -> !VIEWS.contains(v)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("samspil bench views: no view " + unknown + "; the views are overview, " + VIEWS.subList(1, VIEWS.size()));
        }
        return named;
    }

    private static String data() {
        String data = System.getProperty("samspil.bench.views");
        if (data == null || !Files.isDirectory(Path.of(data))) {
            throw new IllegalStateException("run it as ./samspil bench views DATA, with the data folder to measure");
        }
        return data;
    }
}
