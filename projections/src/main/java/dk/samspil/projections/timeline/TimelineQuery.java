package dk.samspil.projections.timeline;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.ReadModelStore;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A study's timeline as recorded up to a position. */
public record TimelineQuery(ReadModelStore store, Positions positions) {

    private static final String VALID = " AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)";

    public Timeline timeline(StudyId study, AsOf asOf) {
        long at = positions.resolve(asOf);
        try (Connection c = store.connection()) {
            List<Timeline.Wave> waves = ReadModelStore.query(c,
                    "SELECT wave, label, opens_on, closes_on FROM wave WHERE study = ?" + VALID + " ORDER BY opens_on, wave",
                    r -> new Timeline.Wave(r.getString(1), r.getString(2), date(r, 3), date(r, 4)), study.value(), at, at);
            List<Timeline.MilestoneStep> milestones = ReadModelStore.query(c,
                    "SELECT milestone, step, reached_on, note FROM milestone WHERE study = ?" + VALID + " ORDER BY step",
                    r -> new Timeline.MilestoneStep(r.getString(1), r.getInt(2), date(r, 3), r.getString(4)), study.value(), at, at);
            List<Timeline.Intervention> interventions = ReadModelStore.query(c,
                    "SELECT intervention, type, title, units, target_groups, status, started_on, ended_on FROM intervention "
                            + "WHERE study = ?" + VALID + " ORDER BY started_on NULLS LAST, intervention",
                    r -> new Timeline.Intervention(r.getString(1), r.getString(2), r.getString(3),
                            list(r.getString(4)), list(r.getString(5)), r.getString(6), date(r, 7), date(r, 8)), study.value(), at, at);
            List<Timeline.Change> changes = ReadModelStore.query(c,
                    "SELECT change, unit, other_unit, effective_on, note FROM org_change WHERE study = ? AND recorded_pos <= ? "
                            + "ORDER BY effective_on, recorded_pos",
                    r -> new Timeline.Change(r.getString(1), r.getString(2), r.getString(3), date(r, 4), r.getString(5)), study.value(), at);
            return new Timeline(study, at, waves, milestones, interventions, changes);
        } catch (SQLException e) {
            throw new IllegalStateException("timeline query failed for " + study, e);
        }
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        Date date = r.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }
}
