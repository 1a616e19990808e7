package dk.samspil.projections.analysis;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.units.Scope;
import dk.samspil.projections.units.UnitIndexQuery;
import dk.samspil.projections.units.UnitIndices;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.attributes.Difference;
import dk.samspil.projections.attributes.Subgroup;
import org.hipparchus.stat.regression.SimpleRegression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Elasticity of one unit index with respect to another across a wave's units (measures.md). */
final class ElasticityAnalysis {

    private final UnitIndexQuery units;

    ElasticityAnalysis(UnitIndexQuery units) {
        this.units = units;
    }

    /** @param subgroup the units' indices of this subgroup's respondents only; null: of everyone */
    Elasticity elasticity(StudyId study, WaveKey wave, InstrumentRef x, InstrumentRef y, long position, FigureGate gate, Subgroup subgroup) {
        AsOf at = new AsOf.Position(position);
        Map<String, UnitIndices.UnitIndex> xs = byUnit(units.indices(study, wave, x, Scope.ALL, at, gate, subgroup));
        Map<String, UnitIndices.UnitIndex> ys = byUnit(units.indices(study, wave, y, Scope.ALL, at, gate, subgroup));
        List<Elasticity.UnitPoint> used = new ArrayList<>();
        List<Elasticity.ExcludedUnit> excluded = new ArrayList<>();
        SimpleRegression regression = new SimpleRegression(true);
        for (String unit : union(xs, ys)) {
            UnitIndices.UnitIndex ux = xs.get(unit);
            UnitIndices.UnitIndex uy = ys.get(unit);
            int nx = ux == null ? 0 : ux.n();
            int ny = uy == null ? 0 : uy.n();
            if (ux == null || uy == null) {
                excluded.add(new Elasticity.ExcludedUnit(unit, "missing", nx, ny));
            } else if (ux.suppressed() || uy.suppressed()) {
                excluded.add(new Elasticity.ExcludedUnit(unit, "below_k", nx, ny));
            } else {
                used.add(new Elasticity.UnitPoint(unit, ux.mean(), nx, uy.mean(), ny));
                regression.addData(Math.log(ux.mean()), Math.log(uy.mean()));
            }
        }
        List<InstrumentRef> instruments = List.of(x, y);
        if (used.size() < 3) {
            return new Elasticity(study, wave, x, y, Scope.ALL.key(), position, gate.k(), instruments, Elasticity.METHOD,
                    null, null, null, null, used.size(), null, null, used, excluded,
                    "needs at least 3 units with both indices at n >= k; " + used.size() + " qualify");
        }
        double slope = regression.getSlope();
        double halfWidth = regression.getSlopeConfidenceInterval(0.05);
        return new Elasticity(study, wave, x, y, Scope.ALL.key(), position, gate.k(), instruments, Elasticity.METHOD,
                slope, regression.getSlopeStdErr(), slope - halfWidth, slope + halfWidth, used.size(), regression.getRSquare(),
                (Math.pow(1.1, slope) - 1) * 100, used, excluded, null);
    }

    /**
     * Each subgroup's slope minus the first subgroup's: the subgroups are different respondents, so the fits are taken as
     * independent, se = sqrt(se_a² + se_b²) (shared unit effects usually correlate them positively: conservative), and the
     * interval takes t(0.975) with the two fits' residual degrees of freedom together.
     */
    static List<Difference> differences(Breakdown<Elasticity> breakdown) {
        List<Difference> differences = new ArrayList<>();
        Breakdown.Group<Elasticity> reference = breakdown.groups().getFirst();
        for (Breakdown.Group<Elasticity> group : breakdown.groups().subList(1, breakdown.groups().size())) {
            Elasticity a = group.figures();
            Elasticity b = reference.figures();
            if (a.slope() == null || b.slope() == null) {
                differences.add(Difference.none(null, group.value(), reference.value(), DIFFERENCE));
                continue;
            }
            differences.add(Difference.between(null, group.value(), reference.value(), a.slope(), a.se(), b.slope(), b.se(),
                    (a.n() - 2) + (b.n() - 2), DIFFERENCE));
        }
        return differences;
    }

    static final String DIFFERENCE = "slope(value) - slope(reference); se = sqrt(se_value^2 + se_reference^2), the two fits taken as "
            + "independent (different respondents; what their units share usually correlates them positively, which makes this se "
            + "conservative); 95% CI with t(0.975, n_value + n_reference - 4)";

    private static Map<String, UnitIndices.UnitIndex> byUnit(UnitIndices indices) {
        return indices.units().stream().collect(Collectors.toMap(UnitIndices.UnitIndex::unit, Function.identity()));
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
