package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import dk.samspil.ui.app.reports.ReportOutput;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.runtime.control.ControlFile;
import dk.samspil.ui.runtime.launch.Launcher;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A command's work done by the application that serves its data folder (which no second process may
 * open): asked through the control endpoints, answered with exactly what the command prints itself.
 */
final class Served {

    private Served() {
    }

    /**
     * A catalogue entry (report, analysis, log, release) answered by the application serving the folder
     * when one runs, else by one started here for the command.
     */
    static String catalogue(Path folder, String name, ReportRequest request, Map<String, String> options, ReportOutput.Format format)
            throws IOException, InterruptedException {
        Optional<ControlFile> running = ControlFile.ofRunningApplication(folder);
        if (running.isPresent()) {
            return report(running.get(), name, request, options, format);
        }
        try (ConfigurableApplicationContext app = Launcher.start(folder, null)) {
            return app.getBean(ReportCatalog.class).run(name, request, options).in(format);
        }
    }

    /** The report or analysis as the running application renders it in the format asked for. */
    static String report(ControlFile control, String name, ReportRequest request, Map<String, String> options,
                         ReportOutput.Format format) throws IOException, InterruptedException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("name", name);
        query.put("format", format.name());
        if (request.study() != null) {
            query.put("study", request.study());
        }
        if (request.asOf() != null) {
            query.put("as-of", request.asOf());
        }
        if (request.k() != null) {
            query.put("k", request.k().toString());
        }
        query.putAll(options);
        return answer(control.post(ControlFile.REPORT + "?" + encode(query)));
    }

    /** The running application's meeting report, written to {@code out}: its position, size and hash, tab-separated. */
    static String meetingReport(ControlFile control, String study, String unit, String asOf, String language,
                                dk.samspil.ui.app.meeting.MeetingReports.Format format, java.nio.file.Path out)
            throws IOException, InterruptedException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("study", study);
        if (unit != null) {
            query.put("unit", unit);
        }
        if (asOf != null) {
            query.put("as-of", asOf);
        }
        query.put("lang", language);
        query.put("format", format.name());
        query.put("out", out.toString());
        return answer(control.post(ControlFile.MEETING_REPORT + "?" + encode(query))).strip();
    }

    /** What the running application stored of a bundle: its one-line summary and position, or the problem report it refused it with. */
    static HttpResponse<String> importBundle(ControlFile control, java.nio.file.Path bundle) throws IOException, InterruptedException {
        return control.post(ControlFile.IMPORT + "?" + encode(Map.of("bundle", bundle.toAbsolutePath().toString())));
    }

    /** The body of a successful answer; a refused one is bad input, with the application's one-line reason. */
    static String answer(HttpResponse<String> answer) {
        if (answer.statusCode() == 400) {
            throw new BadInput(answer.body().strip());
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the application serving this data folder answered HTTP " + answer.statusCode()
                    + ": " + answer.body().strip());
        }
        return answer.body();
    }

    private static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
