package dk.samspil.projections.units;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.store.Figure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The unit indices of one wave and instrument (measures.md, Unit index), as of one position. */
public record UnitIndices(StudyId study, WaveKey wave, InstrumentRef instrument, String scope,
                          @JsonProperty("as_of_position") long asOfPosition, int k, List<UnitIndex> units) {

    /** One unit's index. */
    public record UnitIndex(String unit, Double mean, int n, boolean suppressed) {
        static UnitIndex of(String unit, Figure figure) {
            return new UnitIndex(unit, figure.mean(), figure.n(), figure.suppressed());
        }
    }

    /** Only the indices of these units. */
    public UnitIndices within(Set<String> chosen) {
        return new UnitIndices(study, wave, instrument, scope, asOfPosition, k, units.stream().filter(u -> chosen.contains(u.unit())).toList());
    }

    public Optional<UnitIndex> unit(String key) {
        return units.stream().filter(u -> u.unit().equals(key)).findFirst();
    }
}
