package dk.samspil.exports;

/**
 * How an export is cut: the minimum group size, and whether dates are coarsened to the month
 * (a collected_on 2024-03-17 becomes 2024-03-01) so that rare dates cannot single anyone out.
 */
public record ExportOptions(int k, boolean coarsenDates) {

    public ExportOptions {
        if (k < 1) {
            throw new IllegalArgumentException("k is at least 1, was " + k);
        }
    }

    public String datePrecision() {
        return coarsenDates ? "month" : "day";
    }
}
