package dk.samspil.reports;

import java.time.Instant;
import java.util.List;

/**
 * What every page of a report says it was computed from: the study, the unit, the event position and
 * when it was recorded, k, and the instrument versions. The same stamp gives the same bytes.
 *
 * @param unit       the unit's name, with the units below it; null for the whole study
 * @param recordedAt when the event at the position was recorded
 */
public record Stamp(String study, String studyTitle, String unit, long position, Instant recordedAt, int k, List<String> instruments) {

    public Stamp {
        instruments = List.copyOf(instruments);
    }

    /** One line for a page's foot, as the report's language writes it. */
    public String line(ReportTexts texts) {
        String where = unit == null ? texts.text("stamp.wholeStudy") : texts.text("stamp.unit", unit);
        // the position as a plain integer: it is an identifier, not a quantity
        return texts.text("stamp.line", studyTitle, study, where, Long.toString(position), texts.dateTime(recordedAt), Integer.toString(k),
                String.join(", ", instruments));
    }
}
