package dk.samspil.projections.matrix;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
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

/** Case matrices from person-level ratings, pooled over one or more cases. */
public final class CaseMatrixQuery {

    private final ReadModelStore store;
    private final Positions positions;

    public CaseMatrixQuery(ReadModelStore store, Positions positions) {
        this.store = store;
        this.positions = positions;
    }

    /** @param cases the case ids to pool; empty for every case with person-level ratings in the wave */
    public CaseMatrix matrix(StudyId study, WaveKey wave, InstrumentRef instrument, List<String> cases, AsOf asOf, int k) {
        long position = positions.resolve(asOf);
        String caseList = String.join(";", cases);
        List<CaseMatrix.Cell> cells = new ArrayList<>();
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(Sql.load("case_matrix.sql"))) {
            int i = 1;
            s.setString(i++, study.value());
            s.setString(i++, wave.value());
            s.setString(i++, instrument.toString());
            s.setLong(i++, position);
            s.setLong(i++, position);
            s.setString(i++, study.value());
            s.setString(i++, wave.value());
            s.setString(i++, instrument.toString());
            s.setString(i++, caseList);
            s.setString(i, caseList);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Figure figure = Figure.of(r.getDouble("mean"), r.getInt("n"), k);
                    cells.add(new CaseMatrix.Cell(r.getString("rater_group"), r.getString("target_group"), figure.mean(),
                            figure.n(), r.getInt("ratings"), r.getInt("cases"), figure.suppressed()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("case matrix query failed for " + study + " " + wave + " " + instrument, e);
        }
        return new CaseMatrix(study, wave, instrument, List.copyOf(cases), position, k, cells);
    }
}
