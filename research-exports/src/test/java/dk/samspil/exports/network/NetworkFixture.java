package dk.samspil.exports.network;

import dk.samspil.domain.instrument.Band;
import dk.samspil.domain.instrument.Bands;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.Importance;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.studies.StudySummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Three groups over two waves, k = 5: one suppressed cell per wave, one unrated cell per wave, one cell exactly at 3.5. */
final class NetworkFixture {

    static final GroupKey SKOLE = GroupKey.of("skole");
    static final GroupKey FAMILIE = GroupKey.of("familie");
    static final GroupKey SUNDHED = GroupKey.of("sundhed");
    static final InstrumentRef RK = InstrumentRef.parse("rk@1");
    static final int K = 5;

    /** n of the suppressed cells: familie -> skole in w0, sundhed -> skole in w1. */
    static final int SUPPRESSED_N_W0 = 4;
    static final int SUPPRESSED_N_W1 = 2;

    private NetworkFixture() {
    }

    static RelationNetworks networks() {
        List<RelationMatrix> matrices = List.of(
                matrix("w0",
                        shown(SKOLE, SKOLE, 4.6, 8, Band.HIGH),
                        shown(SKOLE, FAMILIE, 3.5, 7, Band.MIDDLE),
                        shown(SKOLE, SUNDHED, 3.2, 6, Band.LOW),
                        suppressed(FAMILIE, SKOLE, SUPPRESSED_N_W0),
                        shown(FAMILIE, SUNDHED, 4.25, 9, Band.HIGH),
                        shown(SUNDHED, SKOLE, 3.75, 5, Band.MIDDLE)),
                matrix("w1",
                        shown(SKOLE, FAMILIE, 4.1, 8, Band.HIGH),
                        shown(SKOLE, SUNDHED, 3.4999, 6, Band.LOW),
                        shown(FAMILIE, SKOLE, 3.9, 6, Band.MIDDLE),
                        shown(FAMILIE, SUNDHED, 4.0, 9, Band.MIDDLE),
                        suppressed(SUNDHED, SKOLE, SUPPRESSED_N_W1),
                        shown(SUNDHED, FAMILIE, 2.8, 5, Band.LOW)));
        List<StudySummary.Named> groups = List.of(
                new StudySummary.Named("skole", "Skole"),
                new StudySummary.Named("familie", "Familie & \"venner\""),
                new StudySummary.Named("sundhed", "Sundhed, børn"));
        List<StudySummary.Wave> waves = List.of(
                new StudySummary.Wave("w0", "Forår 2024", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), 40),
                new StudySummary.Wave("w1", "Efterår 2024", LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 27), 38));
        Map<RelationNetworks.Relation, Importance> importance = Map.of(
                new RelationNetworks.Relation(SKOLE, FAMILIE), Importance.HIGH,
                new RelationNetworks.Relation(FAMILIE, SKOLE), Importance.MIDDLE,
                new RelationNetworks.Relation(SUNDHED, SKOLE), Importance.LOW);
        return RelationNetworks.of(matrices, groups, waves, importance, Bands.CONSULTANCY_DEFAULT.between());
    }

    private static RelationMatrix matrix(String wave, MatrixCell... cells) {
        return new RelationMatrix(StudyId.of("demo"), WaveKey.of(wave), RK, 42, K, List.of(cells));
    }

    private static MatrixCell shown(GroupKey rater, GroupKey target, double mean, int n, Band band) {
        return new MatrixCell(rater, target, mean, n, band, false);
    }

    private static MatrixCell suppressed(GroupKey rater, GroupKey target, int n) {
        return new MatrixCell(rater, target, null, n, null, true);
    }
}
