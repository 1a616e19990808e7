package dk.samspil.ui.app.reports;

/**
 * What every report and analysis is asked for besides its own options.
 *
 * @param asOf event-store position or date/time; null: latest
 * @param k    minimum respondents per shown figure; null: the installation's
 */
public record ReportRequest(String study, String asOf, Integer k) {
}
