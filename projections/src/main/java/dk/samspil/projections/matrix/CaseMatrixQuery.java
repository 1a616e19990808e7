package dk.samspil.projections.matrix;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.util.List;

/** Case matrices from person-level ratings, pooled over one or more cases. */
public record CaseMatrixQuery(ReadModelStore store, Positions positions) {

    /** @param cases the case ids to pool; empty for every case with person-level ratings in the wave */
    public CaseMatrix matrix(StudyId study, WaveKey wave, InstrumentRef instrument, List<String> cases, AsOf asOf, int k) {
        long position = positions.resolve(asOf);
        String caseList = String.join(";", cases);
        List<CaseMatrix.Cell> cells = store.query(Sql.load("case_matrix.sql"),
                "case matrix query failed for " + study + " " + wave + " " + instrument,
                r -> {
                    Figure figure = Figure.of(r.getDouble("mean"), r.getInt("n"), k);
                    return new CaseMatrix.Cell(r.getString("rater_group"), r.getString("target_group"), figure.mean(),
                            figure.n(), r.getInt("ratings"), r.getInt("cases"), figure.suppressed());
                },
                study.value(), wave.value(), instrument.toString(), position, position, study.value(), wave.value(), instrument.toString(),
                caseList, caseList);
        return new CaseMatrix(study, wave, instrument, List.copyOf(cases), position, k, cells);
    }
}
