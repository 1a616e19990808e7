package dk.samspil.projections.units;

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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Unit indices per wave. Units are the units respondents stated at that wave; a unit's parent
 * does not pool its children's respondents.
 */
public record UnitIndexQuery(ReadModelStore store, Positions positions, InstrumentDefinitions instruments) {

    /** @throws IllegalArgumentException for an instrument the study does not use, or a between/within scope on a non-relational one */
    public UnitIndices indices(StudyId study, WaveKey wave, InstrumentRef ref, Scope scope, AsOf asOf, FigureGate gate) {
        return indices(study, wave, ref, scope, asOf, gate, null);
    }

    /** @param subgroup only the respondents of this subgroup of a respondent attribute; null: every respondent */
    public UnitIndices indices(StudyId study, WaveKey wave, InstrumentRef ref, Scope scope, AsOf asOf, FigureGate gate, Subgroup subgroup) {
        long position = positions.resolve(asOf);
        List<UnitIndices.UnitIndex> units = indices(study, wave, ref, scope, position, gate, subgroup).getOrDefault(wave.value(), List.of());
        return new UnitIndices(study, wave, ref, scope.key(), position, gate.k(), units);
    }

    /** Every wave's unit indices in one pass, by wave key (a wave without answers is absent): the panel an effect is fitted on. */
    public Map<String, UnitIndices> panel(StudyId study, InstrumentRef ref, Scope scope, AsOf asOf, FigureGate gate, Subgroup subgroup) {
        long position = positions.resolve(asOf);
        Map<String, UnitIndices> panel = new java.util.LinkedHashMap<>();
        indices(study, null, ref, scope, position, gate, subgroup).forEach((wave, units) ->
                panel.put(wave, new UnitIndices(study, WaveKey.of(wave), ref, scope.key(), position, gate.k(), units)));
        return panel;
    }

    /** One wave's, or with {@code wave} null every wave's, unit indices by wave key. */
    private Map<String, List<UnitIndices.UnitIndex>> indices(StudyId study, WaveKey wave, InstrumentRef ref, Scope scope, long position,
                                                             FigureGate gate, Subgroup subgroup) {
        scope.check(instruments.require(study, ref));
        String w = wave == null ? null : wave.value();
        boolean every = wave == null;
        Map<String, List<UnitIndices.UnitIndex>> byWave = new java.util.LinkedHashMap<>();
        store.query(Sql.load("unit_index.sql"), "unit index query failed for " + study + " " + (every ? "every wave" : w) + " " + ref,
                r -> byWave.computeIfAbsent(r.getString("wave"), x -> new java.util.ArrayList<>()).add(UnitIndices.UnitIndex.of(
                        r.getString("unit"), gate.figure(Subgroup.key(FigureKey.index(r.getString("wave"), ref.toString(),
                                r.getString("unit"), scope.key()), subgroup), r.getDouble("mean"), r.getInt("n"),
                                Contributors.of(r, "contributors")))),
                study.value(), w, every, ref.toString(), position, position, Subgroup.attribute(subgroup), Subgroup.value(subgroup), position,
                study.value(), w, every, ref.toString(), scope.key(), scope.key(), scope.key(), scope.key(), scope.key());
        return byWave;
    }

    /**
     * One unit's index (every rating), or with {@code unit} null the same over all of the study's
     * respondents, for every wave in one pass; the study's is what {@code analyze change} reports as
     * a side's overall mean.
     *
     * @return wave key to figure; a wave without answers is absent
     */
    public Map<String, Figure> perWave(StudyId study, InstrumentRef ref, String unit, AsOf asOf, FigureGate gate) {
        long position = positions.resolve(asOf);
        return store.query(Sql.load("study_index.sql"), "study index query failed for " + study + " " + ref,
                        r -> Map.entry(r.getString("wave"), gate.figure(FigureKey.index(r.getString("wave"), ref.toString(), unit,
                                Scope.ALL.key()), r.getDouble("mean"), r.getInt("n"), Contributors.of(r, "contributors"))),
                        study.value(), ref.toString(), position, position, study.value(), ref.toString(), unit, unit)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
