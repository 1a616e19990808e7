package dk.samspil.exports.network;

import dk.samspil.domain.instrument.Band;
import dk.samspil.domain.instrument.BandThresholds;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.Importance;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.network.RelationshipMap;
import dk.samspil.projections.studies.StudySummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One relational instrument's relation matrices over the waves of a study, as networks between groups:
 * groups are nodes, a rater group's mean rating of a target group is a directed, valued relation.
 * <p>
 * Dichotomised tie: 1 when the cell's unrounded mean is {@code >= threshold}, 0 when below, missing when the
 * cell is suppressed (n &lt; k) or was not rated. The default threshold is the instrument's between-group
 * {@code middle_from} (3.5 by default), so a tie means "middle band or better". Within-group cells (rater = target)
 * are not relations between groups and are left out of the networks; they stay in relation_cells.parquet.
 *
 * @param k          the minimum number of respondents behind a shown cell; every cell with n &lt; k must be suppressed
 * @param threshold  the dichotomisation threshold for {@link Cell#tie(double)}
 * @param groups     the nodes, in the order every file uses
 * @param waves      the waves in study order, each with its matrix cells
 * @param importance the relationship map's importance per directed relation; relations it does not name are absent
 */
public record RelationNetworks(
        InstrumentRef instrument,
        int k,
        double threshold,
        List<Group> groups,
        List<WaveCells> waves,
        Map<Relation, Importance> importance) {

    public RelationNetworks {
        if (k < 1) {
            throw new IllegalArgumentException("k must be 1 or more, was " + k);
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a number, was " + threshold);
        }
        groups = List.copyOf(groups);
        waves = List.copyOf(waves);
        importance = Map.copyOf(importance);
        Set<GroupKey> known = new HashSet<>();
        for (Group group : groups) {
            if (!known.add(group.key())) {
                throw new IllegalArgumentException("group " + group.key() + " is listed twice");
            }
        }
        Set<WaveKey> waveKeys = new HashSet<>();
        for (WaveCells wave : waves) {
            if (!waveKeys.add(wave.wave().key())) {
                throw new IllegalArgumentException("wave " + wave.wave().key() + " is listed twice");
            }
            Set<Relation> seen = new HashSet<>();
            for (Cell cell : wave.cells()) {
                if (!known.contains(cell.rater()) || !known.contains(cell.target())) {
                    throw new IllegalArgumentException("wave " + wave.wave().key() + " has a cell of an unlisted group: "
                            + cell.rater() + " -> " + cell.target());
                }
                if (!seen.add(new Relation(cell.rater(), cell.target()))) {
                    throw new IllegalArgumentException("wave " + wave.wave().key() + " has two cells for "
                            + cell.rater() + " -> " + cell.target());
                }
                // the files must never carry an aggregate of fewer than k respondents
                if (!cell.suppressed() && cell.n() < k) {
                    throw new IllegalArgumentException("cell " + cell.rater() + " -> " + cell.target() + " in wave "
                            + wave.wave().key() + " has n = " + cell.n() + " < k = " + k + " but is not suppressed");
                }
            }
        }
    }

    /** A node: a professional group. */
    public record Group(GroupKey key, String name) {
        public Group {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("group " + key + " needs a display name");
            }
        }
    }

    /** A wave's identity and window; the window becomes the GEXF time interval. */
    public record Wave(WaveKey key, String label, LocalDate opensOn, LocalDate closesOn) {
        public Wave {
            if (opensOn.isAfter(closesOn)) {
                throw new IllegalArgumentException("wave " + key + " closes (" + closesOn + ") before it opens (" + opensOn + ")");
            }
        }
    }

    /** One wave's matrix; a relation without a cell was not rated. */
    public record WaveCells(Wave wave, List<Cell> cells) {
        public WaveCells {
            cells = List.copyOf(cells);
        }

        public Optional<Cell> cell(GroupKey rater, GroupKey target) {
            return cells.stream().filter(c -> c.rater().equals(rater) && c.target().equals(target)).findFirst();
        }
    }

    /** A directed relation between two groups. */
    public record Relation(GroupKey from, GroupKey to) {
    }

    /**
     * One relation cell (measures.md). A suppressed cell carries neither mean nor band.
     *
     * @param mean unrounded mean of respondent scores; null when suppressed
     */
    public record Cell(GroupKey rater, GroupKey target, Double mean, int n, Band band, boolean suppressed) {
        public Cell {
            if (suppressed && (mean != null || band != null)) {
                throw new IllegalArgumentException("suppressed cell " + rater + " -> " + target + " must carry no mean or band");
            }
            if (!suppressed && (mean == null || band == null)) {
                throw new IllegalArgumentException("cell " + rater + " -> " + target + " is not suppressed but has no mean or band");
            }
        }

        /** 1 when the unrounded mean is at or above the threshold, 0 below, null when suppressed. */
        public Integer tie(double threshold) {
            return suppressed ? null : mean >= threshold ? 1 : 0;
        }

        public boolean withinGroup() {
            return rater.equals(target);
        }
    }

    /** The same networks dichotomised at another threshold. */
    public RelationNetworks withThreshold(double other) {
        return new RelationNetworks(instrument, k, other, groups, waves, importance);
    }

    /** The cell of a relation between two different groups that may be written, or empty when missing. */
    Optional<Cell> shown(WaveCells wave, GroupKey rater, GroupKey target) {
        return rater.equals(target) ? Optional.empty() : wave.cell(rater, target).filter(c -> !c.suppressed());
    }

    /** The shown relations of a wave, by rater then target in group order. */
    List<Cell> edges(WaveCells wave) {
        List<Cell> edges = new ArrayList<>();
        for (Group rater : groups) {
            for (Group target : groups) {
                shown(wave, rater.key(), target.key()).ifPresent(edges::add);
            }
        }
        return edges;
    }

    Optional<Importance> importanceOf(GroupKey from, GroupKey to) {
        return Optional.ofNullable(importance.get(new Relation(from, to)));
    }

    /**
     * Builds the input from the projections the research export already reads.
     *
     * @param matrices one per wave (a wave without a matrix has no cells), all of one instrument and one k
     * @param groups   the study's groups in display order
     * @param waves    the study's waves in study order
     * @param between  the instrument's between-group band thresholds; {@code middle_from} is the tie threshold
     * @throws IllegalArgumentException for no matrices, mixed instruments or k, or a matrix of an unlisted wave
     */
    public static RelationNetworks of(List<RelationMatrix> matrices, List<StudySummary.Named> groups,
                                      List<StudySummary.Wave> waves, Map<Relation, Importance> importance,
                                      BandThresholds between) {
        if (matrices.isEmpty()) {
            throw new IllegalArgumentException("at least one relation matrix is needed");
        }
        RelationMatrix first = matrices.getFirst();
        Map<WaveKey, RelationMatrix> byWave = new LinkedHashMap<>();
        for (RelationMatrix matrix : matrices) {
            if (!matrix.instrument().equals(first.instrument()) || matrix.k() != first.k()) {
                throw new IllegalArgumentException("matrices mix instruments or k: " + first.instrument() + " k=" + first.k()
                        + " and " + matrix.instrument() + " k=" + matrix.k());
            }
            if (byWave.put(matrix.wave(), matrix) != null) {
                throw new IllegalArgumentException("two matrices for wave " + matrix.wave());
            }
        }
        List<WaveCells> waveCells = new ArrayList<>();
        for (StudySummary.Wave w : waves) {
            RelationMatrix matrix = byWave.remove(WaveKey.of(w.key()));
            List<Cell> cells = matrix == null ? List.of() : matrix.cells().stream().map(RelationNetworks::cell).toList();
            waveCells.add(new WaveCells(new Wave(WaveKey.of(w.key()), w.label(), w.opensOn(), w.closesOn()), cells));
        }
        if (!byWave.isEmpty()) {
            throw new IllegalArgumentException("matrices of waves not listed: " + byWave.keySet());
        }
        return new RelationNetworks(first.instrument(), first.k(), between.middleFrom(),
                groups.stream().map(g -> new Group(GroupKey.of(g.key()), g.name())).toList(), waveCells, importance);
    }

    /** The relationship map's importance per relation, in the form {@link #of} takes. */
    public static Map<Relation, Importance> importances(RelationshipMap map) {
        Map<Relation, Importance> result = new LinkedHashMap<>();
        for (RelationshipMap.Relationship r : map.relationships()) {
            result.put(new Relation(r.from(), r.to()), Importance.valueOf(r.importance().toUpperCase(Locale.ROOT)));
        }
        return result;
    }

    private static Cell cell(MatrixCell c) {
        return new Cell(c.raterGroup(), c.targetGroup(), c.mean(), c.n(), c.band(), c.suppressed());
    }
}
