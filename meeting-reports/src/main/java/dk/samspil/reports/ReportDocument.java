package dk.samspil.reports;

import java.util.List;

/**
 * A report as it is laid out, whatever it is written to: its cover and its pages, each stamped.
 *
 * @param title      the report's title, e.g. the study's
 * @param sharedTask the study's shared task (fælles opgave), under the title
 */
public record ReportDocument(Stamp stamp, String title, String sharedTask, String organisation, List<ReportPage> pages) {

    public ReportDocument {
        pages = List.copyOf(pages);
    }
}
