package dk.samspil.projections.analysis;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.Item;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.attributes.Difference;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.units.Scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Change of an instrument between two waves (measures.md, Change between two waves). */
record ChangeAnalysis(ReadModelStore store, InstrumentDefinitions instruments) {

    private static final String OVERALL = "";

    private record Mean(double mean, int n, Double variance) {
    }

    /** @param subgroup in each wave, only the respondents with that value in the wave; null: everyone */
    Change change(StudyId study, InstrumentRef ref, WaveKey from, WaveKey to, String unit, Scope scope, long position, int k,
                  Subgroup subgroup) {
        Instrument instrument = instruments.require(study, ref);
        scope.check(instrument);
        Map<String, Map<String, Mean>> byWave = means(study, ref, from, to, unit, scope, position, subgroup);
        Map<String, Mean> start = byWave.getOrDefault(from.value(), Map.of());
        Map<String, Mean> end = byWave.getOrDefault(to.value(), Map.of());
        List<Change.ItemChange> items = new ArrayList<>();
        for (Item item : instrument.items()) {
            String key = item.key().value();
            items.add(new Change.ItemChange(key, item.dimension(), item.label().da(), item.label().en(), side(start.get(key), end.get(key), k)));
        }
        return new Change(study, ref, from, to, unit, scope.key(), position, k, List.of(ref), Change.METHOD,
                side(start.get(OVERALL), end.get(OVERALL), k), items);
    }

    private static Change.Side side(Mean start, Mean end, int k) {
        return Change.Side.of(start == null ? null : start.mean(), start == null ? 0 : start.n(), start == null ? null : start.variance(),
                end == null ? null : end.mean(), end == null ? 0 : end.n(), end == null ? null : end.variance(), k);
    }

    private Map<String, Map<String, Mean>> means(StudyId study, InstrumentRef ref, WaveKey from, WaveKey to, String unit,
                                                 Scope scope, long position, Subgroup subgroup) {
        Map<String, Map<String, Mean>> byWave = new HashMap<>();
        for (WaveItem row : store.query(Sql.load("change.sql"), "change query failed for " + study + " " + ref,
                r -> new WaveItem(r.getString(1), r.getString(2) == null ? OVERALL : r.getString(2),
                        new Mean(r.getDouble(3), r.getInt(4), r.getObject(5) == null ? null : r.getDouble(5))),
                study.value(), ref.toString(), from.value(), to.value(), position, position,
                Subgroup.attribute(subgroup), Subgroup.value(subgroup), position,
                study.value(), ref.toString(), from.value(), to.value(), unit, unit, scope.key(), scope.key(), scope.key(),
                study.value(), ref.toString())) {
            byWave.computeIfAbsent(row.wave(), w -> new HashMap<>()).put(row.item(), row.mean());
        }
        return byWave;
    }

    private record WaveItem(String wave, String item, Mean mean) {
    }

    /** Each subgroup's overall change against the reference subgroup's. */
    static List<Difference> differences(Breakdown<Change> breakdown) {
        List<Difference> differences = new ArrayList<>();
        Breakdown.Group<Change> reference = breakdown.groups().getFirst();
        Change.Side b = reference.figures().overall();
        for (Breakdown.Group<Change> group : breakdown.groups().subList(1, breakdown.groups().size())) {
            Change.Side a = group.figures().overall();
            differences.add(Difference.welch(null, group.value(), reference.value(), a.change(), a.se(), a.df(), b.change(), b.se(), b.df(),
                    DIFFERENCE));
        }
        return differences;
    }

    static final String DIFFERENCE = "change(value) - change(reference), each change the end mean minus the start mean in scale points "
            + "(overall); se = sqrt(se_value^2 + se_reference^2), the subgroups taken as independent (different respondents); 95% CI "
            + "with t(0.975, df) and Welch-Satterthwaite df from both changes' df";
}
