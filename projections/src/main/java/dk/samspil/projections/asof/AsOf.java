package dk.samspil.projections.asof;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The moment a figure is computed for: now, an event-store position, or a point in time
 * (which stands for the last position recorded at or before it).
 */
public sealed interface AsOf {

    /** Times without a zone are read in the zone the studies happen in. */
    ZoneId STUDY_ZONE = ZoneId.of("Europe/Copenhagen");

    AsOf LATEST = new Latest();

    record Latest() implements AsOf {
        @Override
        public String toString() {
            return "latest";
        }
    }

    record Position(long position) implements AsOf {
        public Position {
            if (position < 0) {
                throw new IllegalArgumentException("an event-store position is 0 or more, was " + position);
            }
        }
    }

    record Time(Instant time) implements AsOf {
    }

    /**
     * Reads what a user typed: a position (123), an ISO date (2024-03-01, meaning the end of
     * that day), a local date-time (2024-03-01T14:30) or an instant with offset (2024-03-01T13:30:00Z).
     */
    static AsOf parse(String text) {
        if (text == null || text.isBlank() || text.equals("latest")) {
            return LATEST;
        }
        String t = text.strip();
        if (t.chars().allMatch(Character::isDigit)) {
            return new Position(Long.parseLong(t));
        }
        try {
            return new Time(LocalDate.parse(t).plusDays(1).atStartOfDay(STUDY_ZONE).toInstant().minusNanos(1));
        } catch (DateTimeParseException ignored) {
            // not a plain date
        }
        try {
            return new Time(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException ignored) {
            // no offset
        }
        try {
            return new Time(LocalDateTime.parse(t).atZone(STUDY_ZONE).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("as-of is a position (e.g. 1200), a date (2024-03-01) or a date-time"
                    + " (2024-03-01T14:30), was '" + text + "'");
        }
    }
}
