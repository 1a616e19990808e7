package dk.samspil.projections.units;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;
import dk.samspil.projections.studies.InstrumentDefinitions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit indices per wave. Units are the units respondents stated at that wave; a unit's parent
 * does not pool its children's respondents.
 */
public final class UnitIndexQuery {

    private final ReadModelStore store;
    private final Positions positions;
    private final InstrumentDefinitions instruments;

    public UnitIndexQuery(ReadModelStore store, Positions positions, InstrumentDefinitions instruments) {
        this.store = store;
        this.positions = positions;
        this.instruments = instruments;
    }

    /** @throws IllegalArgumentException for an instrument the study does not use, or a between/within scope on a non-relational one */
    public UnitIndices indices(StudyId study, WaveKey wave, InstrumentRef ref, Scope scope, AsOf asOf, int k) {
        Instrument instrument = instruments.find(study, ref).orElseThrow(() ->
                new IllegalArgumentException("study " + study + " has no instrument " + ref));
        if (scope != Scope.ALL && !instrument.relational()) {
            throw new IllegalArgumentException(ref + " does not rate groups, so only scope 'all' applies to it");
        }
        long position = positions.resolve(asOf);
        List<UnitIndices.UnitIndex> units = new ArrayList<>();
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(Sql.load("unit_index.sql"))) {
            int i = 1;
            s.setString(i++, study.value());
            s.setString(i++, wave.value());
            s.setString(i++, ref.toString());
            s.setLong(i++, position);
            s.setLong(i++, position);
            s.setString(i++, study.value());
            s.setString(i++, wave.value());
            s.setString(i++, ref.toString());
            s.setString(i++, scope.key());
            s.setString(i++, scope.key());
            s.setString(i, scope.key());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    units.add(UnitIndices.UnitIndex.of(r.getString("unit"), Figure.of(r.getDouble("mean"), r.getInt("n"), k)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("unit index query failed for " + study + " " + wave + " " + ref, e);
        }
        return new UnitIndices(study, wave, ref, scope.key(), position, k, units);
    }

    /**
     * One unit's index (every rating), or with {@code unit} null the same over all of the study's
     * respondents, for every wave in one pass; the study's is what {@code analyze change} reports as
     * a side's overall mean.
     *
     * @return wave key to figure; a wave without answers is absent
     */
    public Map<String, Figure> perWave(StudyId study, InstrumentRef ref, String unit, AsOf asOf, int k) {
        long position = positions.resolve(asOf);
        Map<String, Figure> byWave = new HashMap<>();
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(Sql.load("study_index.sql"))) {
            s.setString(1, study.value());
            s.setString(2, ref.toString());
            s.setLong(3, position);
            s.setLong(4, position);
            s.setString(5, study.value());
            s.setString(6, ref.toString());
            s.setString(7, unit);
            s.setString(8, unit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byWave.put(r.getString("wave"), Figure.of(r.getDouble("mean"), r.getInt("n"), k));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("study index query failed for " + study + " " + ref, e);
        }
        return byWave;
    }
}
