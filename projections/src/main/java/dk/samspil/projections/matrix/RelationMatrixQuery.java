package dk.samspil.projections.matrix;

import dk.samspil.domain.instrument.Bands;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.disclosure.Contributors;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.disclosure.FigureKey;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;
import dk.samspil.projections.studies.InstrumentDefinitions;

import java.util.List;

/** Computes relation matrices from the read model, at the latest or any earlier position. */
public record RelationMatrixQuery(ReadModelStore store, Positions positions, InstrumentDefinitions instruments) {

    /**
     * @param gate decides which cells show their value (below k never)
     * @throws IllegalArgumentException when the study does not use the instrument or it is not relational
     */
    public RelationMatrix matrix(StudyId study, WaveKey wave, InstrumentRef ref, AsOf asOf, FigureGate gate) {
        return matrix(study, wave, ref, null, asOf, gate);
    }

    /**
     * The matrix of the respondents of one unit and the units below it.
     *
     * @param unit null for every respondent of the study
     */
    public RelationMatrix matrix(StudyId study, WaveKey wave, InstrumentRef ref, String unit, AsOf asOf, FigureGate gate) {
        return matrix(study, wave, ref, unit, asOf, gate, null);
    }

    /** @param subgroup only the raters of this subgroup of a respondent attribute; null: every rater */
    public RelationMatrix matrix(StudyId study, WaveKey wave, InstrumentRef ref, String unit, AsOf asOf, FigureGate gate, Subgroup subgroup) {
        Instrument instrument = instruments.require(study, ref);
        if (!instrument.relational()) {
            throw new IllegalArgumentException(ref + " is not relational: it has no relation matrix");
        }
        Bands bands = instrument.bands();
        long position = positions.resolve(asOf);
        List<MatrixCell> cells = store.query(Sql.load("matrix.sql"), "relation matrix query failed for " + study + " " + wave + " " + ref,
                r -> {
                    GroupKey rater = GroupKey.of(r.getString("rater_group"));
                    GroupKey target = GroupKey.of(r.getString("target_group"));
                    double mean = r.getDouble("mean");
                    int n = r.getInt("n");
                    Figure figure = gate.figure(Subgroup.key(FigureKey.cell(wave.value(), ref.toString(), unit, rater.value(), target.value()),
                            subgroup), mean, n, Contributors.of(r, "contributors"));
                    return new MatrixCell(rater, target, figure.mean(), n,
                            figure.suppressed() ? null : bands.classify(mean, rater.equals(target)), figure.suppressed());
                },
                unit, unit, study.value(), position, position, study.value(), wave.value(), ref.toString(),
                position, position, Subgroup.attribute(subgroup), Subgroup.value(subgroup), position,
                study.value(), wave.value(), ref.toString(), unit);
        return new RelationMatrix(study, wave, ref, position, gate.k(), cells);
    }
}
