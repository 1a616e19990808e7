package dk.samspil.projections.overview;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A study's unit hierarchy and its response per wave (questionnaires, respondents, invited) as of a position. */
public final class StudyOverviewQuery {

    private final ReadModelStore store;
    private final Positions positions;

    public StudyOverviewQuery(ReadModelStore store, Positions positions) {
        this.store = store;
        this.positions = positions;
    }

    public StudyOverview overview(StudyId study, AsOf asOf) {
        long at = positions.resolve(asOf);
        List<StudyOverview.Unit> units = new ArrayList<>();
        List<StudyOverview.WaveResponse> waves = new ArrayList<>();
        try (Connection c = store.connection()) {
            try (PreparedStatement s = c.prepareStatement(Sql.load("overview_units.sql"))) {
                bind(s, study.value(), at, at);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        units.add(new StudyOverview.Unit(r.getString(1), r.getString(2), r.getString(3)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(Sql.load("overview_responses.sql"))) {
                bind(s, study.value(), at, at, study.value(), at, study.value(), at, at);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long invited = r.getLong("invited");
                        boolean noInvitations = r.wasNull();
                        waves.add(new StudyOverview.WaveResponse(r.getString("wave"), r.getString("label"),
                                r.getDate("opens_on").toLocalDate(), r.getDate("closes_on").toLocalDate(),
                                r.getLong("questionnaires"), r.getLong("respondents"), noInvitations ? null : invited));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("overview query failed for " + study, e);
        }
        return new StudyOverview(study, at, units, waves);
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
