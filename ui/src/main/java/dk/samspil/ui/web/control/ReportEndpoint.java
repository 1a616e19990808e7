package dk.samspil.ui.web.control;

import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.intake.BundleRejected;
import dk.samspil.ui.app.imports.ImportService;
import dk.samspil.ui.app.meeting.MeetingReports;
import dk.samspil.ui.app.reports.ReportCatalog;
import dk.samspil.ui.app.reports.ReportOutput;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.runtime.control.ControlFile;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lets {@code ./samspil report}, {@code analyze}, {@code log} and {@code import} work while the application
 * serves their data folder: the same catalogue and import as in their own process, as the local operator.
 * Only from this machine, with the control secret.
 */
@RestController
class ReportEndpoint {

    /** The query parameters that are no report option. */
    private static final Set<String> REQUEST = Set.of("name", "format", "study", "as-of", "k");

    private final ReportCatalog catalog;
    private final ImportService imports;
    private final MeetingReports meetingReports;
    private final ControlGate gate;

    ReportEndpoint(ReportCatalog catalog, ImportService imports, MeetingReports meetingReports, ControlGate gate) {
        this.catalog = catalog;
        this.imports = imports;
        this.meetingReports = meetingReports;
        this.gate = gate;
    }

    /** The meeting report written to a file on this machine; answers its position, size and hash, tab-separated. */
    @PostMapping(ControlFile.MEETING_REPORT)
    ResponseEntity<String> meetingReport(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                         @RequestParam Map<String, String> query, HttpServletRequest request) throws Exception {
        ResponseEntity<String> refused = gate.refused(authorization, request);
        if (refused != null) {
            return refused;
        }
        try {
            MeetingReports.Asked asked = new MeetingReports.Asked(query.get("study"), query.get("unit"), query.get("as-of"),
                    query.getOrDefault("lang", "da"), MeetingReports.Format.valueOf(query.getOrDefault("format", "PDF")));
            MeetingReports.Made made = gate.asOperator(() -> meetingReports.make(asked, "command line", (done, total, step) -> { }));
            MeetingReports.write(made, Path.of(query.get("out")));
            return ResponseEntity.ok().body(String.format(Locale.ROOT, "%d\t%d\t%s", made.position(), made.bytes().length, made.sha256()));
        } catch (IllegalArgumentException | AccessPolicy.AccessDenied e) {
            return ResponseEntity.badRequest().body(e.getMessage() + "\n");
        }
    }

    /** The report rendered exactly as the command prints it; 400 with the command's one-line message for bad input. */
    @PostMapping(ControlFile.REPORT)
    ResponseEntity<String> report(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  @RequestParam Map<String, String> query, HttpServletRequest request) throws Exception {
        ResponseEntity<String> refused = gate.refused(authorization, request);
        if (refused != null) {
            return refused;
        }
        Map<String, String> options = new LinkedHashMap<>(query);
        options.keySet().removeAll(REQUEST);
        try {
            ReportOutput.Format format = ReportOutput.Format.valueOf(query.getOrDefault("format", "text"));
            Integer k = query.containsKey("k") ? Integer.valueOf(query.get("k")) : null;
            ReportRequest asked = new ReportRequest(query.get("study"), query.get("as-of"), k);
            String body = gate.asOperator(() -> catalog.run(query.getOrDefault("name", ""), asked, options).in(format));
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8)).body(body);
        } catch (IllegalArgumentException | AccessPolicy.AccessDenied e) {
            return ResponseEntity.badRequest().body(e.getMessage() + "\n");
        }
    }

    /** Imports a bundle from this machine's file system; 422 with the problem report when it is refused (nothing stored). */
    @PostMapping(ControlFile.IMPORT)
    ResponseEntity<String> importBundle(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                        @RequestParam("bundle") String bundle, HttpServletRequest request) throws Exception {
        ResponseEntity<String> refused = gate.refused(authorization, request);
        if (refused != null) {
            return refused;
        }
        try {
            ImportService.Imported imported = gate.asOperator(() -> imports.importBundle(Path.of(bundle), (phase, done, total) -> { }));
            return ResponseEntity.ok().body(String.format(Locale.ROOT, "%s\t%d", imported.summary().describe(), imported.position()));
        } catch (BundleRejected rejected) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(rejected.report().render());
        } catch (IllegalArgumentException | java.nio.file.NoSuchFileException e) {
            return ResponseEntity.badRequest().body(e.getMessage() + "\n");
        }
    }
}
