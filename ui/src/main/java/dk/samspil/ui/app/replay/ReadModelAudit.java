package dk.samspil.ui.app.replay;

import dk.samspil.projections.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks, while a node serves, that its read model holds every event the store holds up to the
 * position it has applied (one history line per event), and rebuilds it beside the served one when
 * not: the last line of defence should an event ever be committed below a position the node had
 * already passed. Each check counts every position up to the read model's (an index-only count: about
 * a tenth of a second per million events on PostgreSQL), so an event appearing below a position checked
 * before is found too. It runs on the application's task scheduler, which stops with the application.
 */
@Component
@ConditionalOnWebApplication
public class ReadModelAudit {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelAudit.class);

    private final ReadModel readModel;
    private final DataSource events;
    private final OnlineRebuild rebuild;
    private final AtomicLong missingFound = new AtomicLong();

    public ReadModelAudit(ReadModel readModel, DataSource events, OnlineRebuild rebuild) {
        this.readModel = readModel;
        this.events = events;
        this.rebuild = rebuild;
    }

    /** Events the checks found missing from this node's read model since it started. */
    public long missingFound() {
        return missingFound.get();
    }

    /**
     * Compares the events up to the read model's position.
     *
     * @return how many the read model lacks there (0: all there); when some, a rebuild has been started
     */
    public long check() throws SQLException {
        RebuildStatus.State state = rebuild.status().state();
        if (state == RebuildStatus.State.REBUILDING || state == RebuildStatus.State.SWITCHING) {
            return 0; // the file is about to be replaced; its successor is checked from the start
        }
        long to = readModel.batches().appliedPosition();
        if (to < 0) {
            return 0;
        }
        long stored = count(events.getConnection(), "SELECT count(*) FROM DomainEventEntry WHERE globalIndex <= ?", to);
        long applied = count(readModel.store().connection(), "SELECT count(*) FROM event_log WHERE position <= ?", to);
        if (stored == applied) {
            return 0;
        }
        long missing = stored - applied;
        missingFound.addAndGet(Math.max(missing, 0));
        LOG.warn("the read model lacks {} of the {} events the store holds up to position {}: rebuilding it", missing, stored, to);
        rebuild.request(to);
        return missing;
    }

    @Scheduled(initialDelayString = "${samspil.read-model.audit-seconds:60}", fixedDelayString = "${samspil.read-model.audit-seconds:60}",
            timeUnit = TimeUnit.SECONDS)
    void checkQuietly() {
        try {
            check();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not compare the read model with the event store; trying again at the next check", e);
        }
    }

    private static long count(Connection connection, String sql, long to) throws SQLException {
        try (connection; PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, to);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
