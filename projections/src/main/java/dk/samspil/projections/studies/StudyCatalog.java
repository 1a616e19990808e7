package dk.samspil.projections.studies;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.ReadModelStore;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The studies the repository holds and their structure, at any position. */
public final class StudyCatalog {

    private static final String VALID = " recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)";


    private final ReadModelStore store;
    private final Positions positions;

    public StudyCatalog(ReadModelStore store, Positions positions) {
        this.store = store;
        this.positions = positions;
    }

    /** Every study with its title, in key order. */
    public List<StudySummary.Named> studies() {
        long at = positions.resolve(AsOf.LATEST);
        try (Connection c = store.connection();
             PreparedStatement s = c.prepareStatement("SELECT study, title FROM study WHERE" + VALID + " ORDER BY study")) {
            s.setLong(1, at);
            s.setLong(2, at);
            return named(s);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list studies", e);
        }
    }

    /** The organisation each study belongs to now, for deciding who may see it. */
    public Map<StudyId, TenantId> organisations() {
        long at = positions.resolve(AsOf.LATEST);
        try (Connection c = store.connection();
             PreparedStatement s = c.prepareStatement("SELECT study, tenant FROM study WHERE" + VALID)) {
            s.setLong(1, at);
            s.setLong(2, at);
            Map<StudyId, TenantId> organisations = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    organisations.put(StudyId.of(r.getString(1)), TenantId.of(r.getString(2)));
                }
            }
            return organisations;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the studies' organisations", e);
        }
    }

    /** The study's structure at a position; units and groups in the order the study defined them, as people know them. */
    public Optional<StudySummary> study(StudyId study, AsOf asOf) {
        long at = positions.resolve(asOf);
        try (Connection c = store.connection()) {
            StudySummary summary;
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT s.tenant, o.name, s.title, s.shared_task, s.starts_on
                    FROM study s LEFT JOIN organisation o ON o.tenant = s.tenant
                         AND o.recorded_pos <= ? AND (o.superseded_pos IS NULL OR o.superseded_pos > ?)
                    WHERE s.study = ? AND s.recorded_pos <= ? AND (s.superseded_pos IS NULL OR s.superseded_pos > ?)""")) {
                s.setLong(1, at);
                s.setLong(2, at);
                s.setString(3, study.value());
                s.setLong(4, at);
                s.setLong(5, at);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    Date starts = r.getDate(5);
                    summary = new StudySummary(study, TenantId.of(r.getString(1)), r.getString(2), r.getString(3),
                            r.getString(4), starts == null ? null : starts.toLocalDate(),
                            list(c, "SELECT unit, name FROM unit u WHERE study = ? AND" + VALID
                                    + " ORDER BY (SELECT min(f.recorded_pos) FROM unit f WHERE f.study = u.study AND f.unit = u.unit)", study, at),
                            list(c, "SELECT grp, name FROM grp g WHERE study = ? AND" + VALID
                                    + " ORDER BY (SELECT min(f.recorded_pos) FROM grp f WHERE f.study = g.study AND f.grp = g.grp)", study, at),
                            waves(c, study, at), instruments(c, study, at, false), instruments(c, study, at, true));
                }
            }
            return Optional.of(summary);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read study " + study, e);
        }
    }

    private static List<StudySummary.Named> list(Connection c, String sql, StudyId study, long at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, study.value());
            s.setLong(2, at);
            s.setLong(3, at);
            return named(s);
        }
    }

    private static List<StudySummary.Named> named(PreparedStatement s) throws SQLException {
        List<StudySummary.Named> result = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(new StudySummary.Named(r.getString(1), r.getString(2)));
            }
        }
        return result;
    }

    private static List<StudySummary.Wave> waves(Connection c, StudyId study, long at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT w.wave, w.label, w.opens_on, w.closes_on,
                       (SELECT count(*) FROM submission q WHERE q.study = w.study AND q.wave = w.wave
                          AND q.recorded_pos <= ? AND (q.superseded_pos IS NULL OR q.superseded_pos > ?)) AS questionnaires
                FROM wave w
                WHERE w.study = ? AND w.recorded_pos <= ? AND (w.superseded_pos IS NULL OR w.superseded_pos > ?)
                ORDER BY w.opens_on, w.wave""")) {
            s.setLong(1, at);
            s.setLong(2, at);
            s.setString(3, study.value());
            s.setLong(4, at);
            s.setLong(5, at);
            List<StudySummary.Wave> waves = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    waves.add(new StudySummary.Wave(r.getString(1), r.getString(2), r.getDate(3).toLocalDate(),
                            r.getDate(4).toLocalDate(), r.getLong(5)));
                }
            }
            return waves;
        }
    }

    private static List<InstrumentRef> instruments(Connection c, StudyId study, long at, boolean relationalOnly) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT instrument FROM instrument WHERE study = ? AND recorded_pos <= ?"
                + (relationalOnly ? " AND relational" : "") + " ORDER BY instrument")) {
            s.setString(1, study.value());
            s.setLong(2, at);
            List<InstrumentRef> refs = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    refs.add(InstrumentRef.parse(r.getString(1)));
                }
            }
            return refs;
        }
    }
}
