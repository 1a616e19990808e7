package dk.samspil.projections.release;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.attributes.AttributeDefinitions;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.disclosure.FigureKey;
import dk.samspil.projections.matrix.GivenReceivedQuery;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.outcomes.PeriodLength;
import dk.samspil.projections.disclosure.Contributors;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.units.Scope;
import dk.samspil.projections.units.UnitIndexQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every figure a release point could show of its released waves, each with who counts in it: for every
 * unit filter, scope, rater and target group, instrument and item. Matrices, given/received and unit
 * indices come from the very queries the views, reports, the API and exports call; item profiles, a
 * query per unit, rater and target, from one grouped query that names and counts them alike (a view's
 * figure shows only when its contributors equal the decided ones, and AttackerTest finds any that differ).
 */
public record ReleaseCandidates(ReadModelStore store, RelationMatrixQuery matrices, GivenReceivedQuery givenReceived,
                                UnitIndexQuery units, OutcomeSeriesQuery outcomes) {

    /** The last day of the citizen-outcome measurements a release of these waves releases: the latest close among them. */
    static LocalDate outcomesThrough(StudySummary study, Set<String> waves) {
        return study.waves().stream().filter(w -> waves.contains(w.key())).map(StudySummary.Wave::closesOn)
                .max(Comparator.naturalOrder()).orElse(LocalDate.of(1, 1, 1));
    }

    List<ReleaseDecider.Candidate> at(StudySummary study, Set<String> waves, long position, int k) {
        Recorder recorder = new Recorder(k, outcomesThrough(study, waves));
        AsOf at = new AsOf.Position(position);
        StudyId id = study.study();
        List<String> unitFilters = new ArrayList<>();
        unitFilters.add(null);
        study.units().forEach(u -> unitFilters.add(u.key()));
        List<WaveKey> released = study.waves().stream().map(StudySummary.Wave::key).filter(waves::contains).map(WaveKey::of).toList();
        // every subgroup of every respondent attribute is a figure beside the total, as a breakdown shows it
        List<AttributeSpec> attributes = new AttributeDefinitions(store).of(id, position);
        List<Subgroup> subgroups = subgroups(attributes, AttributeSpec.AppliesTo.RESPONDENT);
        for (InstrumentRef instrument : study.instruments()) {
            boolean relational = study.relationalInstruments().contains(instrument);
            for (WaveKey wave : released) {
                for (Scope scope : relational ? List.of(Scope.values()) : List.of(Scope.ALL)) {
                    units.indices(id, wave, instrument, scope, at, recorder);
                    for (Subgroup subgroup : subgroups) {
                        units.indices(id, wave, instrument, scope, at, recorder, subgroup);
                    }
                }
                if (relational) {
                    for (String unit : unitFilters) {
                        matrices.matrix(id, wave, instrument, unit, at, recorder);
                        for (Subgroup subgroup : subgroups) {
                            matrices.matrix(id, wave, instrument, unit, at, recorder, subgroup);
                        }
                        givenReceived.givenReceived(id, wave, instrument, unit, at, recorder);
                    }
                }
            }
            if (released.isEmpty()) {
                continue;
            }
            for (String unit : unitFilters) {
                units.perWave(id, instrument, unit, at, recorder);
            }
            items(id, instrument, position, recorder, null);
            for (Subgroup subgroup : subgroups) {
                items(id, instrument, position, recorder, subgroup);
            }
        }
        // citizens are the contributors of outcome figures, every unit and month measured by the release's last close,
        // the longer periods and the windows around intervention starts the timeline shows
        for (String outcome : outcomes.outcomes(id, at)) {
            outcomes.monthly(id, outcome, at, recorder);
            outcomes.periods(id, outcome, List.of(PeriodLength.values()), at, recorder);
            outcomes.windows(id, outcome, OutcomeSeriesQuery.WINDOW_MONTHS, at, recorder);
            for (Subgroup subgroup : subgroups(attributes, AttributeSpec.AppliesTo.CITIZEN)) {
                outcomes.monthly(id, outcome, at, recorder, subgroup);
            }
        }
        return recorder.candidates(waves);
    }

    private static List<Subgroup> subgroups(List<AttributeSpec> attributes, AttributeSpec.AppliesTo about) {
        return attributes.stream().filter(a -> a.appliesTo() == about)
                .flatMap(a -> a.values().stream().map(v -> new Subgroup(a.key().value(), v.key()))).toList();
    }

    /**
     * Every item-profile figure (unit filter, rater, target, wave, item) in one pass, as DimensionProfileQuery would
     * make each: named and counted alike, so a view's figure meets its decision.
     */
    private void items(StudyId study, InstrumentRef instrument, long position, Recorder recorder, Subgroup subgroup) {
        String s = study.value();
        String i = instrument.toString();
        store.query(Sql.statement("release.sql", "item_candidates"), "cannot list the item figures of " + study + " " + i,
                r -> recorder.figure(Subgroup.key(FigureKey.item(r.getString("wave"), i, r.getString("top"), r.getString("rater"),
                        r.getString("target"), r.getString("item")), subgroup), null, r.getInt("n"), Contributors.of(r, "contributors")),
                s, position, position, s, position, position, s, i, position, position, Subgroup.attribute(subgroup), Subgroup.value(subgroup),
                position, s, i);
    }

    /** Takes down every figure the queries make, by name, as they would show it with k alone. */
    private static final class Recorder implements FigureGate {
        private final int k;
        private final LocalDate outcomesThrough;
        private final Map<String, ReleaseDecider.Candidate> seen = new LinkedHashMap<>();

        Recorder(int k, LocalDate outcomesThrough) {
            this.k = k;
            this.outcomesThrough = outcomesThrough;
        }

        @Override
        public int k() {
            return k;
        }

        @Override
        public LocalDate outcomesThrough() {
            return outcomesThrough;
        }

        @Override
        public Figure figure(FigureKey key, Double mean, int n, List<String> contributors) {
            seen.putIfAbsent(key.name(), new ReleaseDecider.Candidate(key, n, List.copyOf(contributors)));
            return Figure.of(mean, n, k);
        }

        /** Only figures of released waves (and outcomes, of no wave): a query over every wave names the others too. */
        List<ReleaseDecider.Candidate> candidates(Set<String> waves) {
            return seen.values().stream().filter(c -> c.key().wave() == null || waves.contains(c.key().wave())).toList();
        }
    }
}
