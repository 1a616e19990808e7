package dk.samspil.projections.matrix;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.store.Figure;

import java.util.List;

/** How each group rates the other groups (given) against how the other groups rate it (received). */
public record GivenReceived(StudyId study, WaveKey wave, InstrumentRef instrument,
                            @JsonProperty("as_of_position") long asOfPosition, int k, List<Group> groups) {

    /** One group's two figures; the asymmetry is given minus received where both are shown. */
    public record Group(String group, Figure given, Figure received) {

        @JsonProperty("asymmetry")
        public Double asymmetry() {
            return given.mean() == null || received.mean() == null ? null : given.mean() - received.mean();
        }
    }
}
