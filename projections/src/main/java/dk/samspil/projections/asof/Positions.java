package dk.samspil.projections.asof;

import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.projections.store.ReadModelStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Turns an {@link AsOf} into the event-store position the read model answers for. */
public final class Positions {

    private final ReadModelStore store;

    public Positions(ReadModelStore store) {
        this.store = store;
    }

    /** The position the read model has applied; -1 when it holds nothing. */
    public long applied() {
        try (Connection c = store.connection();
             PreparedStatement s = c.prepareStatement("SELECT position FROM projection_state WHERE processor = ?")) {
            s.setString(1, ReadModelBatches.PROCESSOR);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the read model's position", e);
        }
    }

    /** The position to compute at: never beyond what the read model has applied. */
    public long resolve(AsOf asOf) {
        long applied = applied();
        return switch (asOf) {
            case AsOf.Latest l -> applied;
            case AsOf.Position p -> Math.min(p.position(), applied);
            case AsOf.Time t -> lastRecordedAtOrBefore(t, applied);
        };
    }

    private long lastRecordedAtOrBefore(AsOf.Time time, long applied) {
        try (Connection c = store.connection();
             PreparedStatement s = c.prepareStatement("SELECT max(position) FROM event_log WHERE recorded_at <= ?")) {
            s.setObject(1, LocalDateTime.ofInstant(time.time(), ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long position = r.getLong(1);
                return r.wasNull() ? -1 : Math.min(position, applied);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find the position recorded at " + time.time(), e);
        }
    }
}
