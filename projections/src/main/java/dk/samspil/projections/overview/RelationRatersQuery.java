package dk.samspil.projections.overview;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.util.List;

/** How far each relation cell of a wave is from k raters while the wave is open: counts of respondents only. */
public record RelationRatersQuery(ReadModelStore store) {

    /** A cell of the relationship map and how many of the rating group have rated the target group so far. */
    public record Cell(String fromGroup, String toGroup, long raters) {
    }

    public List<Cell> cells(StudyId study, WaveKey wave) {
        return store.query(Sql.load("relation_raters.sql"), "relation raters query failed for " + study + " wave " + wave,
                r -> new Cell(r.getString(1), r.getString(2), r.getLong(3)), study.value(), wave.value(), study.value());
    }
}
