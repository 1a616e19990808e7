package dk.samspil.projections.outcomes;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The fixed calendar periods a citizen outcome is shown over when its months hold too few citizens. */
public enum PeriodLength {
    QUARTER("quarter", 3), HALF_YEAR("half-year", 6), YEAR("year", 12);

    private final String key;
    private final int months;

    PeriodLength(String key, int months) {
        this.key = key;
        this.months = months;
    }

    /** How the command line and JSON name it: quarter, half-year, year. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String key() {
        return key;
    }

    public int months() {
        return months;
    }

    /** The period a day falls in. */
    public LocalDate periodOf(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / months * months + 1, 1);
    }

    /** Which period of its year one starting on {@code from} is: 1 to 4 for quarters, 1 or 2 for half-years, 1 for a year. */
    public int ordinal(LocalDate from) {
        return (from.getMonthValue() - 1) / months + 1;
    }

    public static Optional<PeriodLength> parse(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
