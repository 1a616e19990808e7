package dk.samspil.projections.outcomes;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.disclosure.Contributors;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.disclosure.FigureKey;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.time.LocalDate;
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

    /** Every month of k citizens or more (those who read every moment). */
    public OutcomeMonths monthly(StudyId study, String outcome, AsOf asOf, int k) {
        return monthly(study, outcome, asOf, FigureGate.open(k));
    }

    /** The months the gate shows: at a release point, measured by the close of its latest released wave and decided by it. */
    public OutcomeMonths monthly(StudyId study, String outcome, AsOf asOf, FigureGate gate) {
        return monthly(study, outcome, asOf, gate, null);
    }

    /** The same, of one subgroup's citizens: their value of a citizen attribute on the day measured; {@code subgroup} null for all. */
    public OutcomeMonths monthly(StudyId study, String outcome, AsOf asOf, FigureGate gate, Subgroup subgroup) {
        long position = positions.resolve(asOf);
        LocalDate through = gate.outcomesThrough() == null ? LocalDate.of(9999, 12, 31) : gate.outcomesThrough();
        List<OutcomeMonths.Month> months = store.query(Sql.load("outcome_months.sql"),
                "outcome series query failed for " + study + " " + outcome,
                r -> {
                    String unit = r.getString("unit");
                    LocalDate month = r.getDate("month").toLocalDate();
                    Figure figure = gate.figure(Subgroup.key(FigureKey.outcome(outcome, unit, month), subgroup), r.getDouble("mean"),
                            r.getInt("n"), Contributors.of(r, "contributors"));
                    return new OutcomeMonths.Month(unit, month, figure.mean(), figure.n(), figure.suppressed());
                },
                study.value(), outcome, position, position, through, Subgroup.attribute(subgroup), Subgroup.value(subgroup), position);
        return new OutcomeMonths(study, outcome, position, gate.k(), months);
    }
}
