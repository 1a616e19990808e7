package dk.samspil.projections.studies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.study.StudyCitation;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.ReadModelStore;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The studies the repository holds and their structure, at any position. */
public record StudyCatalog(ReadModelStore store, Positions positions) {

    private static final String VALID = " recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)";

    /** Every study with its title, in key order. */
    public List<StudySummary.Named> studies() {
        long at = positions.resolve(AsOf.LATEST);
        return store.query("SELECT study, title FROM study WHERE" + VALID + " ORDER BY study", "cannot list studies",
                r -> new StudySummary.Named(r.getString(1), r.getString(2)), at, at);
    }

    /** The organisation each study belongs to now, for deciding who may see it. */
    public Map<StudyId, TenantId> organisations() {
        long at = positions.resolve(AsOf.LATEST);
        Map<StudyId, TenantId> organisations = new HashMap<>();
        store.query("SELECT study, tenant FROM study WHERE" + VALID, "cannot list the studies' organisations",
                        r -> Map.entry(StudyId.of(r.getString(1)), TenantId.of(r.getString(2))), at, at)
                .forEach(e -> organisations.put(e.getKey(), e.getValue()));
        return organisations;
    }

    /** A unit and every unit below it at a position: what a report for that unit covers. */
    public Set<String> unitAndBelow(StudyId study, String unit, AsOf asOf) {
        long at = positions.resolve(asOf);
        return Set.copyOf(store.query("""
                WITH RECURSIVE below(unit) AS (
                    SELECT CAST(? AS VARCHAR)
                    UNION
                    SELECT u.unit FROM unit u JOIN below b ON u.parent = b.unit
                    WHERE u.study = ? AND u.recorded_pos <= ? AND (u.superseded_pos IS NULL OR u.superseded_pos > ?)
                )
                SELECT unit FROM below""", "cannot read the units below " + unit, r -> r.getString(1), unit, study.value(), at, at));
    }

    /** The study's structure at a position; units and groups in the order the study defined them, as people know them. */
    public Optional<StudySummary> study(StudyId study, AsOf asOf) {
        long at = positions.resolve(asOf);
        try (Connection c = store.connection()) {
            List<Description> found = ReadModelStore.query(c, """
                    SELECT s.tenant, o.name, s.title, s.shared_task, s.starts_on
                    FROM study s LEFT JOIN organisation o ON o.tenant = s.tenant
                         AND o.recorded_pos <= ? AND (o.superseded_pos IS NULL OR o.superseded_pos > ?)
                    WHERE s.study = ? AND s.recorded_pos <= ? AND (s.superseded_pos IS NULL OR s.superseded_pos > ?)""",
                    r -> new Description(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getDate(5)),
                    at, at, study.value(), at, at);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Description d = found.getFirst();
            return Optional.of(new StudySummary(study, TenantId.of(d.tenant()), d.organisation(), d.title(), d.sharedTask(),
                    d.startsOn() == null ? null : d.startsOn().toLocalDate(),
                    named(c, "SELECT unit, name FROM unit u WHERE study = ? AND" + VALID
                            + " ORDER BY (SELECT min(f.recorded_pos) FROM unit f WHERE f.study = u.study AND f.unit = u.unit)", study, at),
                    named(c, "SELECT grp, name FROM grp g WHERE study = ? AND" + VALID
                            + " ORDER BY (SELECT min(f.recorded_pos) FROM grp f WHERE f.study = g.study AND f.grp = g.grp)", study, at),
                    waves(c, study, at), instruments(c, study, at, false), instruments(c, study, at, true), silos(c, study, at)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read study " + study, e);
        }
    }

    /** How the study is cited as of a position: the newest citation stated by then, if any. */
    public Optional<StudyCitation> citation(StudyId study, AsOf asOf) {
        long at = positions.resolve(asOf);
        try (Connection c = store.connection()) {
            return ReadModelStore.query(c, "SELECT authors, producer, distributor FROM study_citation WHERE study = ? AND position <= ?"
                            + " ORDER BY position DESC LIMIT 1",
                    r -> new StudyCitation(authors(r.getString(1)), r.getString(2), r.getString(3)),
                    study.value(), at).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the citation of study " + study, e);
        }
    }

    private static List<StudyCitation.Author> authors(String json) {
        try {
            return DomainJson.mapper().readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a citation's authors are not the JSON the projection wrote", e);
        }
    }

    private record Description(String tenant, String organisation, String title, String sharedTask, Date startsOn) {
    }

    private static List<StudySummary.Named> named(Connection c, String sql, StudyId study, long at) throws SQLException {
        return ReadModelStore.query(c, sql, r -> new StudySummary.Named(r.getString(1), r.getString(2)), study.value(), at, at);
    }

    /** Each group's silo as last stated by the position; a group never placed in one is not in the map. */
    private static Map<String, String> silos(Connection c, StudyId study, long at) throws SQLException {
        Map<String, String> silos = new LinkedHashMap<>();
        ReadModelStore.query(c, "SELECT grp, arg_max(silo, position) FROM group_silo WHERE study = ? AND position <= ? GROUP BY grp ORDER BY grp",
                r -> silos.put(r.getString(1), r.getString(2)), study.value(), at);
        return silos;
    }

    private static List<StudySummary.Wave> waves(Connection c, StudyId study, long at) throws SQLException {
        return ReadModelStore.query(c, """
                SELECT w.wave, w.label, w.opens_on, w.closes_on,
                       (SELECT count(*) FROM submission q WHERE q.study = w.study AND q.wave = w.wave
                          AND q.recorded_pos <= ? AND (q.superseded_pos IS NULL OR q.superseded_pos > ?)) AS questionnaires
                FROM wave w
                WHERE w.study = ? AND w.recorded_pos <= ? AND (w.superseded_pos IS NULL OR w.superseded_pos > ?)
                ORDER BY w.opens_on, w.wave""",
                r -> new StudySummary.Wave(r.getString(1), r.getString(2), r.getDate(3).toLocalDate(), r.getDate(4).toLocalDate(), r.getLong(5)),
                at, at, study.value(), at, at);
    }

    private static List<InstrumentRef> instruments(Connection c, StudyId study, long at, boolean relationalOnly) throws SQLException {
        return ReadModelStore.query(c, "SELECT instrument FROM instrument WHERE study = ? AND recorded_pos <= ?"
                + (relationalOnly ? " AND relational" : "") + " ORDER BY instrument", r -> InstrumentRef.parse(r.getString(1)), study.value(), at);
    }
}
