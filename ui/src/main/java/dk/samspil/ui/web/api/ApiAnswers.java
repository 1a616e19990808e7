package dk.samspil.ui.web.api;

import dk.samspil.ui.app.reports.ReportJson;
import dk.samspil.ui.app.reports.ReportOutput;
import dk.samspil.ui.app.reports.ReportRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * How every API endpoint answers: one call to the same services the command line uses (which check the
 * account's access to the study), written as its {@code --format json} or csv.
 */
@Component
class ApiAnswers {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /**
     * The options every report takes besides its own.
     *
     * @param asof   event-store position or date/time to compute at; absent: latest
     * @param k      minimum respondents per shown figure; absent: the installation's
     * @param format json (default) or csv
     */
    record Moment(String asof, Integer k, String format) {
    }

    ResponseEntity<String> answer(String study, Moment moment, Function<ReportRequest, ReportOutput> report) {
        ReportOutput.Format format = format(moment.format());
        ReportOutput output = report.apply(request(study, moment));
        return ResponseEntity.ok().contentType(format == ReportOutput.Format.csv ? CSV : MediaType.APPLICATION_JSON).body(output.in(format));
    }

    /** JSON as the command line writes it. */
    ResponseEntity<String> json(Object value) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ReportJson.write(value));
    }

    ReportRequest request(String study, Moment moment) {
        return new ReportRequest(study, moment.asof(), moment.k());
    }

    private static ReportOutput.Format format(String format) {
        if (format == null || format.equals("json")) {
            return ReportOutput.Format.json;
        }
        if (format.equals("csv")) {
            return ReportOutput.Format.csv;
        }
        throw new IllegalArgumentException("format: json or csv, was '" + format + "'");
    }
}
