package dk.samspil.ui.web.matrix;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.units.Scope;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Every report of a study, for tests that compare read models figure by figure. */
public final class ReadModelReports {

    private ReadModelReports() {
    }

    /** Every figure the read model answers, keyed by what it is. */
    public static Map<String, Object> all(ReadModel model, StudyId study, AsOf asOf) {
        Map<String, Object> reports = new LinkedHashMap<>();
        StudySummary summary = model.catalog().study(study, asOf).orElse(null);
        reports.put("study", summary);
        reports.put("timeline", model.timeline().timeline(study, asOf));
        reports.put("outcomes", model.outcomes().monthly(study, "age_at_family_relief_start", asOf, 5));
        if (summary == null) {
            return reports;
        }
        Analyses analyses = model.analyses();
        InstrumentRef rk = InstrumentRef.parse("rk@1");
        reports.put("effect", attempt(() -> analyses.effect(study, "handleteam", rk, Scope.BETWEEN, asOf, FigureGate.open(5))));
        reports.put("outcome shifts", attempt(() -> analyses.outcomes(study, "age_at_family_relief_start", null, 18, asOf, 5)));
        for (StudySummary.Wave wave : summary.waves()) {
            WaveKey w = WaveKey.of(wave.key());
            reports.put("elasticity " + w, attempt(() -> analyses.elasticity(study, w, InstrumentRef.parse("leadership@1"), rk, asOf, FigureGate.open(5))));
            reports.put("relations " + w, attempt(() -> analyses.relations(study, w, rk, 4.0, asOf, FigureGate.open(5))));
            WaveKey first = WaveKey.of(summary.waves().getFirst().key());
            reports.put("change " + w, attempt(() -> analyses.change(study, first, w, rk, null, Scope.ALL, asOf, 5)));
            for (InstrumentRef instrument : summary.instruments()) {
                reports.put("units " + w + " " + instrument, model.units().indices(study, w, instrument, Scope.ALL, asOf, FigureGate.open(5)));
                reports.put("profile " + w + " " + instrument, model.profiles().profile(study, w, instrument, null, null, asOf, FigureGate.open(5)));
            }
            for (InstrumentRef instrument : summary.relationalInstruments()) {
                reports.put("matrix " + w + " " + instrument, model.matrices().matrix(study, w, instrument, asOf, FigureGate.open(5)));
                reports.put("between " + w + " " + instrument, model.units().indices(study, w, instrument, Scope.BETWEEN, asOf, FigureGate.open(5)));
                reports.put("given " + w + " " + instrument, model.givenReceived().givenReceived(study, w, instrument, asOf, FigureGate.open(5)));
            }
        }
        return reports;
    }

    /** An analysis the data cannot answer yet counts by its message, so refusals are compared too. */
    private static Object attempt(Supplier<Object> analysis) {
        try {
            return analysis.get();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }
}
