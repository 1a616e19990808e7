package dk.samspil.projections.outcomes;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.util.List;

/** Citizen outcomes as time series per unit. */
public record OutcomeSeriesQuery(ReadModelStore store, Positions positions) {

    /** The outcomes a study has measurements of, in key order. */
    public List<String> outcomes(StudyId study) {
        return outcomes(study, AsOf.LATEST);
    }

    /** The outcomes measured by a position, so an answer as of it never depends on later events. */
    public List<String> outcomes(StudyId study, AsOf asOf) {
        long position = positions.resolve(asOf);
        return store.query("SELECT DISTINCT outcome FROM outcome WHERE study = ? AND recorded_pos <= ? ORDER BY outcome",
                "cannot list the outcomes of " + study, r -> r.getString(1), study.value(), position);
    }

    public OutcomeMonths monthly(StudyId study, String outcome, AsOf asOf, int k) {
        long position = positions.resolve(asOf);
        List<OutcomeMonths.Month> months = store.query(Sql.load("outcome_months.sql"),
                "outcome series query failed for " + study + " " + outcome,
                r -> {
                    Figure figure = Figure.of(r.getDouble("mean"), r.getInt("n"), k);
                    return new OutcomeMonths.Month(r.getString("unit"), r.getDate("month").toLocalDate(),
                            figure.mean(), figure.n(), figure.suppressed());
                },
                study.value(), outcome, position, position);
        return new OutcomeMonths(study, outcome, position, k, months);
    }
}
