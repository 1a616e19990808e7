package dk.samspil.exports.network;

import dk.samspil.domain.instrument.Band;
import dk.samspil.domain.instrument.BandThresholds;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.Importance;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.network.RelationshipMap;
import dk.samspil.projections.studies.StudySummary;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.samspil.exports.network.NetworkFixture.FAMILIE;
import static dk.samspil.exports.network.NetworkFixture.K;
import static dk.samspil.exports.network.NetworkFixture.RK;
import static dk.samspil.exports.network.NetworkFixture.SKOLE;
import static dk.samspil.exports.network.NetworkFixture.SUNDHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelationNetworksTest {

    private static final List<StudySummary.Named> GROUPS =
            List.of(new StudySummary.Named("skole", "Skole"), new StudySummary.Named("familie", "Familie"));
    private static final List<StudySummary.Wave> WAVES =
            List.of(new StudySummary.Wave("w0", "Forår", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), 10));

    @Test
    void ties_at_the_between_group_middle_from_on_the_unrounded_mean() {
        RelationNetworks networks = NetworkFixture.networks();

        assertThat(networks.threshold()).isEqualTo(3.5);
        RelationNetworks.WaveCells w0 = networks.waves().getFirst();
        assertThat(w0.cell(SKOLE, FAMILIE).orElseThrow().tie(networks.threshold())).isEqualTo(1);
        assertThat(networks.waves().get(1).cell(SKOLE, SUNDHED).orElseThrow().tie(networks.threshold())).isZero();
        assertThat(w0.cell(FAMILIE, SKOLE).orElseThrow().tie(networks.threshold())).isNull();
        assertThat(networks.withThreshold(4.0).edges(w0)).extracting(c -> c.tie(4.0)).containsExactly(0, 0, 1, 0);
    }

    @Test
    void takes_the_threshold_from_the_instruments_band_thresholds() {
        RelationNetworks networks = RelationNetworks.of(List.of(matrix("w0", shown(SKOLE, FAMILIE, 3.7, 6))), GROUPS, WAVES,
                Map.of(), new BandThresholds(4.2, 3.8));

        assertThat(networks.threshold()).isEqualTo(3.8);
        assertThat(networks.k()).isEqualTo(K);
        assertThat(networks.instrument()).isEqualTo(RK);
    }

    @Test
    void shows_neither_within_group_nor_suppressed_cells_as_relations() {
        RelationNetworks networks = NetworkFixture.networks();

        assertThat(networks.edges(networks.waves().getFirst()))
                .extracting(c -> c.rater().value() + ">" + c.target().value())
                .containsExactly("skole>familie", "skole>sundhed", "familie>sundhed", "sundhed>skole");
    }

    @Test
    void refuses_a_cell_below_k_that_is_not_suppressed() {
        assertThatThrownBy(() -> RelationNetworks.of(List.of(matrix("w0", shown(SKOLE, FAMILIE, 3.7, K - 1))), GROUPS, WAVES,
                Map.of(), new BandThresholds(4.0, 3.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("< k = 5");
    }

    @Test
    void refuses_a_suppressed_cell_that_carries_a_mean() {
        assertThatThrownBy(() -> new RelationNetworks.Cell(SKOLE, FAMILIE, 3.1, 2, null, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no mean");
    }

    @Test
    void refuses_a_matrix_of_a_wave_the_study_does_not_list() {
        assertThatThrownBy(() -> RelationNetworks.of(List.of(matrix("w9", shown(SKOLE, FAMILIE, 3.7, 6))), GROUPS, WAVES,
                Map.of(), new BandThresholds(4.0, 3.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w9");
    }

    @Test
    void reads_importance_from_the_relationship_map() {
        RelationshipMap map = new RelationshipMap(StudyId.of("demo"), 7,
                List.of(new RelationshipMap.Relationship(SKOLE, FAMILIE, "high")));

        assertThat(RelationNetworks.importances(map))
                .containsExactly(Map.entry(new RelationNetworks.Relation(SKOLE, FAMILIE), Importance.HIGH));
    }

    private static RelationMatrix matrix(String wave, MatrixCell... cells) {
        return new RelationMatrix(StudyId.of("demo"), WaveKey.of(wave), RK, 1, K, List.of(cells));
    }

    private static MatrixCell shown(GroupKey rater, GroupKey target, double mean, int n) {
        return new MatrixCell(rater, target, mean, n, Band.MIDDLE, false);
    }
}
