package dk.samspil.projections.history;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.store.ReadModelStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** The event history, newest first. */
public final class EventLogQuery {

    private final ReadModelStore store;

    public EventLogQuery(ReadModelStore store) {
        this.store = store;
    }

    /** @param study null for every study (and events belonging to none) */
    public List<LoggedEvent> newest(StudyId study, int limit) {
        String sql = "SELECT position, recorded_at, valid_on, event_type, study, summary FROM event_log"
                + (study == null ? "" : " WHERE study = ?") + " ORDER BY position DESC LIMIT ?";
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (study != null) {
                s.setString(i++, study.value());
            }
            s.setInt(i, limit);
            return read(s);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event history", e);
        }
    }

    /**
     * Which events a page of the history shows; every part may be null for "any".
     *
     * @param upTo  the newest position shown (an as-of view), or null for the latest
     * @param from  the earliest valid-on date (when the fact happened), inclusive
     * @param to    the latest valid-on date, inclusive
     */
    /**
     * @param within only events of these studies (events of no study left out); null: no such limit
     */
    public record Filter(String type, StudyId study, LocalDate from, LocalDate to, Long upTo, Set<StudyId> within) {

        public static final Filter ALL = new Filter(null, null, null, null, null);

        public Filter(String type, StudyId study, LocalDate from, LocalDate to, Long upTo) {
            this(type, study, from, to, upTo, null);
        }

        public Filter within(Set<StudyId> studies) {
            return new Filter(type, study, from, to, upTo, studies == null ? null : Set.copyOf(studies));
        }
    }

    /** One page of the history, newest first; no count is taken, so the first page of millions of events comes at once. */
    public List<LoggedEvent> page(Filter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT position, recorded_at, valid_on, event_type, study, summary FROM event_log WHERE true");
        List<Object> values = new ArrayList<>();
        where(filter, sql, values);
        sql.append(" ORDER BY position DESC LIMIT ? OFFSET ?");
        values.add(limit);
        values.add(offset);
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            return read(s);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event history", e);
        }
    }

    /** How many events of each kind happened per calendar month (by valid time), for the filter; events without a date left out. */
    public record MonthCount(LocalDate month, String type, long events) {
    }

    public List<MonthCount> perMonth(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT CAST(date_trunc('month', valid_on) AS DATE) AS month, event_type, count(*) "
                + "FROM event_log WHERE valid_on IS NOT NULL");
        List<Object> values = new ArrayList<>();
        where(filter, sql, values);
        sql.append(" GROUP BY ALL ORDER BY month, event_type");
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            List<MonthCount> counts = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.add(new MonthCount(r.getDate(1).toLocalDate(), r.getString(2), r.getLong(3)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the event history per month", e);
        }
    }

    private static void where(Filter filter, StringBuilder sql, List<Object> values) {
        if (filter.type() != null) {
            sql.append(" AND event_type = ?");
            values.add(filter.type());
        }
        if (filter.study() != null) {
            sql.append(" AND study = ?");
            values.add(filter.study().value());
        }
        if (filter.within() != null) {
            // an empty list still has to parse: no study matches ''
            sql.append(" AND study IN (").append(filter.within().isEmpty() ? "''"
                    : String.join(", ", java.util.Collections.nCopies(filter.within().size(), "?"))).append(")");
            filter.within().stream().map(StudyId::value).sorted().forEach(values::add);
        }
        if (filter.from() != null) {
            sql.append(" AND valid_on >= ?");
            values.add(java.sql.Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND valid_on <= ?");
            values.add(java.sql.Date.valueOf(filter.to()));
        }
        if (filter.upTo() != null) {
            sql.append(" AND position <= ?");
            values.add(filter.upTo());
        }
    }

    /** The kinds of event the history holds, by name (e.g. QuestionnaireSubmitted), sorted. */
    public List<String> types() {
        try (Connection c = store.connection();
             PreparedStatement s = c.prepareStatement("SELECT DISTINCT event_type FROM event_log ORDER BY event_type");
             ResultSet r = s.executeQuery()) {
            List<String> types = new ArrayList<>();
            while (r.next()) {
                types.add(r.getString(1));
            }
            return types;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the kinds of event in the history", e);
        }
    }

    private static List<LoggedEvent> read(PreparedStatement s) throws SQLException {
        List<LoggedEvent> events = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Timestamp at = r.getTimestamp(2);
                java.sql.Date validOn = r.getDate(3);
                events.add(new LoggedEvent(r.getLong(1), at.toLocalDateTime().toInstant(ZoneOffset.UTC),
                        validOn == null ? null : validOn.toLocalDate(), r.getString(4), r.getString(5), r.getString(6)));
            }
        }
        return events;
    }

    /** When the event at a position was recorded; empty when no event has that position. */
    public Optional<Instant> recordedAt(long position) {
        try (Connection c = store.connection();
             PreparedStatement s = c.prepareStatement("SELECT recorded_at FROM event_log WHERE position = ?")) {
            s.setLong(1, position);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read when position " + position + " was recorded", e);
        }
    }

    /** How many events the history holds (for one study, or all when null). */
    public long count(StudyId study) {
        String sql = "SELECT count(*) FROM event_log" + (study == null ? "" : " WHERE study = ?");
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (study != null) {
                s.setString(1, study.value());
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the event history", e);
        }
    }
}
