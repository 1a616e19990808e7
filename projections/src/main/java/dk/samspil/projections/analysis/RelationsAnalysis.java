package dk.samspil.projections.analysis;

import dk.samspil.domain.instrument.Band;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.disclosure.Contributors;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.disclosure.FigureKey;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.network.RelationshipMapQuery;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;
import dk.samspil.projections.studies.InstrumentDefinitions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Weak-but-important relations and the asymmetry of pairs, from one wave's relation matrix. */
record RelationsAnalysis(ReadModelStore store, RelationMatrixQuery matrices, RelationshipMapQuery maps, InstrumentDefinitions instruments) {

    static final InstrumentRef RELATION_IMPORTANCE = InstrumentRef.parse("relation-importance@1");

    private record Rated(double mean, int n) {
    }

    RelationFindings relations(StudyId study, WaveKey wave, InstrumentRef instrument, double threshold, long position, FigureGate gate) {
        RelationMatrix matrix = matrices.matrix(study, wave, instrument, new AsOf.Position(position), gate);
        Map<List<String>, String> map = new HashMap<>();
        maps.map(study, new AsOf.Position(position)).relationships()
                .forEach(r -> map.put(List.of(r.from().value(), r.to().value()), r.importance()));
        boolean surveyed = instruments.find(study, RELATION_IMPORTANCE).isPresent();
        Map<List<String>, Rated> rated = surveyed ? ratedImportance(study, wave, position, gate) : Map.of();

        List<RelationFindings.WeakRelation> weak = new ArrayList<>();
        List<RelationFindings.WeakRelation> unassessable = new ArrayList<>();
        Set<List<String>> important = new TreeSet<>(Comparator.comparing((List<String> l) -> l.get(0)).thenComparing(l -> l.get(1)));
        map.forEach((relation, importance) -> {
            if (importance.equals("high")) {
                important.add(relation);
            }
        });
        rated.forEach((relation, r) -> {
            if (r.n() >= gate.k() && r.mean() >= threshold && !relation.get(0).equals(relation.get(1))) {
                important.add(relation);
            }
        });
        for (List<String> relation : important) {
            GroupKey rater = GroupKey.of(relation.get(0));
            GroupKey target = GroupKey.of(relation.get(1));
            Rated r = rated.get(relation);
            MatrixCell cell = matrix.cell(rater, target).orElse(null);
            Double ratedMean = r == null || r.n() < gate.k() ? null : r.mean();
            int ratedN = r == null ? 0 : r.n();
            if (cell == null || cell.suppressed()) {
                unassessable.add(new RelationFindings.WeakRelation(0, rater, target, map.get(relation), ratedMean, ratedN,
                        null, cell == null ? 0 : cell.n(), null));
            } else if (cell.band() != Band.HIGH) {
                weak.add(new RelationFindings.WeakRelation(0, rater, target, map.get(relation), ratedMean, ratedN, cell.mean(), cell.n(), cell.band()));
            }
        }
        weak.sort(Comparator.comparing((RelationFindings.WeakRelation w) -> w.band() == Band.LOW ? 0 : 1)
                .thenComparing(RelationFindings.WeakRelation::mean)
                .thenComparing(RelationFindings.WeakRelation::raterGroup)
                .thenComparing(RelationFindings.WeakRelation::targetGroup));
        List<RelationFindings.WeakRelation> ranked = new ArrayList<>();
        for (int i = 0; i < weak.size(); i++) {
            RelationFindings.WeakRelation w = weak.get(i);
            ranked.add(new RelationFindings.WeakRelation(i + 1, w.raterGroup(), w.targetGroup(), w.mapImportance(), w.ratedImportance(),
                    w.ratedImportanceN(), w.mean(), w.n(), w.band()));
        }
        List<InstrumentRef> used = surveyed ? List.of(instrument, RELATION_IMPORTANCE) : List.of(instrument);
        return new RelationFindings(study, wave, instrument, position, gate.k(), used, RelationFindings.METHOD, threshold,
                ranked, unassessable, asymmetry(matrix));
    }

    private static List<RelationFindings.Asymmetry> asymmetry(RelationMatrix matrix) {
        TreeSet<GroupKey> groups = new TreeSet<>();
        matrix.cells().forEach(c -> {
            groups.add(c.raterGroup());
            groups.add(c.targetGroup());
        });
        List<RelationFindings.Asymmetry> pairs = new ArrayList<>();
        for (GroupKey a : groups) {
            for (GroupKey b : groups.tailSet(a, false)) {
                MatrixCell ab = matrix.cell(a, b).orElse(null);
                MatrixCell ba = matrix.cell(b, a).orElse(null);
                if (ab == null && ba == null) {
                    continue;
                }
                Double aRatesB = ab == null ? null : ab.mean();
                Double bRatesA = ba == null ? null : ba.mean();
                pairs.add(new RelationFindings.Asymmetry(a, b, aRatesB, ab == null ? 0 : ab.n(), bRatesA, ba == null ? 0 : ba.n(),
                        aRatesB == null || bRatesA == null ? null : aRatesB - bRatesA));
            }
        }
        pairs.sort(Comparator.comparing((RelationFindings.Asymmetry p) -> p.difference() == null ? 1 : 0)
                .thenComparing(p -> p.difference() == null ? 0 : -Math.abs(p.difference()))
                .thenComparing(RelationFindings.Asymmetry::groupA)
                .thenComparing(RelationFindings.Asymmetry::groupB));
        return pairs;
    }

    /** The importance item's mean per relation: the item figure a profile of that rater and target shows, through the same gate. */
    private Map<List<String>, Rated> ratedImportance(StudyId study, WaveKey wave, long position, FigureGate gate) {
        Map<List<String>, Rated> rated = new HashMap<>();
        store.query(Sql.load("relation_importance.sql"), "relation importance query failed for " + study + " " + wave,
                        r -> {
                            Figure figure = gate.figure(FigureKey.item(wave.value(), RELATION_IMPORTANCE.toString(), null, r.getString(1),
                                    r.getString(2), "importance"), r.getDouble(3), r.getInt(4), Contributors.of(r, "contributors"));
                            return Map.entry(List.of(r.getString(1), r.getString(2)), figure);
                        },
                        study.value(), wave.value(), position, position, study.value(), wave.value())
                .stream().filter(e -> !e.getValue().suppressed())
                .forEach(e -> rated.put(e.getKey(), new Rated(e.getValue().mean(), e.getValue().n())));
        return rated;
    }
}
