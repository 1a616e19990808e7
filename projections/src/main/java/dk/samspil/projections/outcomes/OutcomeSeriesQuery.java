package dk.samspil.projections.outcomes;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Citizen outcomes as time series per unit. */
public final class OutcomeSeriesQuery {

    private final ReadModelStore store;
    private final Positions positions;

    public OutcomeSeriesQuery(ReadModelStore store, Positions positions) {
        this.store = store;
        this.positions = positions;
    }

    /** The outcomes a study has measurements of, in key order. */
    public List<String> outcomes(StudyId study) {
        return outcomes(study, AsOf.LATEST);
    }

    /** The outcomes measured by a position, so an answer as of it never depends on later events. */
    public List<String> outcomes(StudyId study, AsOf asOf) {
        long position = positions.resolve(asOf);
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT outcome FROM outcome WHERE study = ? AND recorded_pos <= ? ORDER BY outcome")) {
            s.setString(1, study.value());
            s.setLong(2, position);
            List<String> outcomes = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    outcomes.add(r.getString(1));
                }
            }
            return outcomes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the outcomes of " + study, e);
        }
    }

    public OutcomeMonths monthly(StudyId study, String outcome, AsOf asOf, int k) {
        long position = positions.resolve(asOf);
        List<OutcomeMonths.Month> months = new ArrayList<>();
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(Sql.load("outcome_months.sql"))) {
            s.setString(1, study.value());
            s.setString(2, outcome);
            s.setLong(3, position);
            s.setLong(4, position);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Figure figure = Figure.of(r.getDouble("mean"), r.getInt("n"), k);
                    months.add(new OutcomeMonths.Month(r.getString("unit"), r.getDate("month").toLocalDate(),
                            figure.mean(), figure.n(), figure.suppressed()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outcome series query failed for " + study + " " + outcome, e);
        }
        return new OutcomeMonths(study, outcome, position, k, months);
    }
}
