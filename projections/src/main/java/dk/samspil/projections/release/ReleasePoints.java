package dk.samspil.projections.release;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A study's release points, as far as the read model has applied the events. */
public record ReleasePoints(ReadModelStore store) {

    /** Every release point of the study, oldest first. */
    public List<ReleasePoint> of(StudyId study) {
        return store.query(Sql.statement("release.sql", "release_points"), "cannot read the release points of " + study,
                r -> {
                    Timestamp at = r.getTimestamp("recorded_at");
                    return new ReleasePoint(r.getLong("recorded_pos"), r.getString("wave"), r.getString("released_by"),
                            r.getObject("released_on", java.time.LocalDate.class),
                            at == null ? null : at.toLocalDateTime().toInstant(ZoneOffset.UTC));
                }, study.value());
    }

    /** The waves released at or before a position. */
    public static Set<String> released(List<ReleasePoint> points, long position) {
        Set<String> waves = new TreeSet<>();
        points.stream().filter(p -> p.position() <= position).forEach(p -> waves.add(p.wave()));
        return waves;
    }
}
