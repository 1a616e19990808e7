package dk.samspil.projections.overview;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** A study's unit hierarchy and its response per wave (questionnaires, respondents, invited) as of a position. */
public record StudyOverviewQuery(ReadModelStore store, Positions positions) {

    public StudyOverview overview(StudyId study, AsOf asOf) {
        long at = positions.resolve(asOf);
        try (Connection c = store.connection()) {
            List<StudyOverview.Unit> units = ReadModelStore.query(c, Sql.load("overview_units.sql"),
                    r -> new StudyOverview.Unit(r.getString(1), r.getString(2), r.getString(3)), study.value(), at, at);
            List<StudyOverview.WaveResponse> waves = ReadModelStore.query(c, Sql.load("overview_responses.sql"), r -> {
                long invited = r.getLong("invited");
                boolean noInvitations = r.wasNull();
                return new StudyOverview.WaveResponse(r.getString("wave"), r.getString("label"),
                        r.getDate("opens_on").toLocalDate(), r.getDate("closes_on").toLocalDate(),
                        r.getLong("questionnaires"), r.getLong("respondents"), noInvitations ? null : invited);
            }, study.value(), at, at, study.value(), at, study.value(), at, at);
            return new StudyOverview(study, at, units, waves);
        } catch (SQLException e) {
            throw new IllegalStateException("overview query failed for " + study, e);
        }
    }
}
