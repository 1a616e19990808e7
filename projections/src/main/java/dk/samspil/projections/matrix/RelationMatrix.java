package dk.samspil.projections.matrix;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;

import java.util.List;
import java.util.Optional;

/**
 * A relation matrix as measures.md defines it: rows rate, columns are rated.
 *
 * @param asOfPosition the event-store position the matrix was computed at
 * @param k            the minimum number of respondents for a cell to be shown
 */
public record RelationMatrix(
        StudyId study,
        WaveKey wave,
        InstrumentRef instrument,
        @JsonProperty("as_of_position") long asOfPosition,
        int k,
        List<MatrixCell> cells) {

    public RelationMatrix {
        cells = List.copyOf(cells);
    }

    public Optional<MatrixCell> cell(GroupKey rater, GroupKey target) {
        return cells.stream().filter(c -> c.raterGroup().equals(rater) && c.targetGroup().equals(target)).findFirst();
    }
}
